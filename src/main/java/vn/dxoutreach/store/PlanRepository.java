package vn.dxoutreach.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import vn.dxoutreach.domain.Plan;
import vn.dxoutreach.domain.RecordMeta;

/** Plan documents. */
public final class PlanRepository extends RecordRepository<Plan> {

    public PlanRepository(Database db, Clock clock) {
        super(db, clock);
    }

    @Override
    protected String table() {
        return "plan";
    }

    @Override
    protected List<String> columns() {
        return List.of("symbol", "title", "issuing_body", "issued_on", "period_from", "period_to");
    }

    @Override
    protected List<Object> values(Plan p) {
        return Arrays.asList(p.symbol(), p.title(), p.issuingBody() == null ? "" : p.issuingBody(), p.issuedOn(),
                p.periodFrom(), p.periodTo());
    }

    @Override
    protected RecordMeta meta(Plan record) {
        return record.meta();
    }

    @Override
    protected Plan withMeta(Plan p, RecordMeta meta) {
        return new Plan(meta, p.symbol(), p.title(), p.issuingBody(), p.issuedOn(), p.periodFrom(), p.periodTo());
    }

    @Override
    protected Plan map(ResultSet rs) throws SQLException {
        return new Plan(Columns.meta(rs), rs.getString("symbol"), rs.getString("title"), rs.getString("issuing_body"),
                Columns.date(rs, "issued_on"), Columns.date(rs, "period_from"), Columns.date(rs, "period_to"));
    }

    /** The live plan with this number and symbol, e.g. {@code 96/KH-UBND}. */
    public Optional<Plan> findBySymbol(String symbol) {
        return query("SELECT * FROM plan WHERE deleted = 0 AND symbol = ? ORDER BY period_from DESC", symbol.strip())
                .stream().findFirst();
    }

    /** The newest live plan whose period contains the day, else the newest plan. */
    public Optional<Plan> current(java.time.LocalDate day) {
        List<Plan> plans = listNewestFirst();
        return plans.stream()
                .filter(p -> !day.isBefore(p.periodFrom()) && !day.isAfter(p.periodTo()))
                .findFirst()
                .or(() -> plans.stream().findFirst());
    }

    /** Live plans, the newest period first. */
    public List<Plan> listNewestFirst() {
        return listLive().stream().sorted(Comparator.comparing(Plan::periodFrom).reversed()).toList();
    }
}
