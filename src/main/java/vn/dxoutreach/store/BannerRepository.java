package vn.dxoutreach.store;

import static vn.dxoutreach.store.BroadcastRepository.nullToEmpty;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import vn.dxoutreach.domain.ActivityKind;
import vn.dxoutreach.domain.Banner;
import vn.dxoutreach.domain.BannerKind;

/** Banners, slogans, panels and screens put up by the units. */
public final class BannerRepository extends ActivityRepository<Banner> {

    public BannerRepository(Database db, Clock clock) {
        super(db, clock, ActivityKind.BANNER);
    }

    @Override
    protected List<String> columns() {
        return List.of("hung_on", "removed_on", "kind", "slogan", "quantity", "location", "note", "recorded_by");
    }

    @Override
    protected List<Object> values(Banner b) {
        return Arrays.asList(b.hungOn(), b.removedOn(), b.kind(), b.slogan(), b.quantity(),
                nullToEmpty(b.location()), nullToEmpty(b.note()), b.recordedBy());
    }

    @Override
    protected Banner map(ResultSet rs) throws SQLException {
        return new Banner(Columns.meta(rs), Columns.date(rs, "hung_on"), Columns.date(rs, "removed_on"),
                BannerKind.valueOf(rs.getString("kind")), rs.getString("slogan"), rs.getInt("quantity"),
                rs.getString("location"), rs.getString("note"), rs.getString("recorded_by"));
    }

    /**
     * The quantity of banners hung between two days (inclusive) by the given units, per slogan as
     * written, spaces at the ends left out.
     */
    public java.util.Map<String, Long> quantityBySlogan(java.time.LocalDate from, java.time.LocalDate to,
            java.util.Collection<java.util.UUID> units) {
        java.util.Set<String> wanted = new java.util.HashSet<>();
        units.forEach(u -> wanted.add(u.toString()));
        return db.read(c -> {
            java.util.Map<String, Long> sums = new java.util.LinkedHashMap<>();
            try (var ps = c.prepareStatement("SELECT unit_id, trim(slogan), SUM(quantity) FROM banner"
                    + " WHERE deleted = 0 AND hung_on BETWEEN ? AND ? GROUP BY unit_id, trim(slogan)")) {
                ps.setString(1, from.toString());
                ps.setString(2, to.toString());
                try (var rs = ps.executeQuery()) {
                    while (rs.next()) {
                        if (wanted.contains(rs.getString(1))) {
                            sums.merge(rs.getString(2), rs.getLong(3), Long::sum);
                        }
                    }
                }
            }
            return sums;
        });
    }
}
