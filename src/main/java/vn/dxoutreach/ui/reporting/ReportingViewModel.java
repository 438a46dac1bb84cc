package vn.dxoutreach.ui.reporting;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import vn.dxoutreach.domain.Unit;
import vn.dxoutreach.exchange.reporting.Completeness;
import vn.dxoutreach.report.Letterhead;
import vn.dxoutreach.report.UnitListPdf;
import vn.dxoutreach.store.Office;
import vn.dxoutreach.store.Store;
import vn.dxoutreach.text.Messages;

/** Tình hình báo cáo: which child units sent their data for each of the last twelve months. */
final class ReportingViewModel {

    static final String DUE_DAY = "reporting.dueDay";
    static final int DEFAULT_DUE_DAY = 5;
    static final int MONTHS = 12;

    private final Store store;
    private final Messages messages;

    ReportingViewModel(Store store, Messages messages) {
        this.store = store;
        this.messages = messages;
    }

    int dueDay() {
        return store.settings.get(DUE_DAY).map(Integer::parseInt).orElse(DEFAULT_DUE_DAY);
    }

    void setDueDay(int day) {
        store.settings.put(DUE_DAY, String.valueOf(Math.max(1, Math.min(28, day))));
    }

    LocalDate today() {
        return LocalDate.now(store.clock());
    }

    Optional<Completeness.Table> table() {
        Optional<Unit> office = new Office(store).unit();
        if (office.isEmpty()) {
            return Optional.empty();
        }
        YearMonth last = YearMonth.from(today());
        return Optional.of(Completeness.of(office.get(), store.units.tree(), store.exchange.received(),
                last.minusMonths(MONTHS - 1L), last, dueDay(), today(), ZoneId.systemDefault()));
    }

    /** The month whose reports are being collected now: last month until its due day has passed. */
    YearMonth currentPeriod() {
        YearMonth previous = YearMonth.from(today()).minusMonths(1);
        return today().getDayOfMonth() <= dueDay() ? previous : YearMonth.from(today());
    }

    void printNotReported(Path out, List<Unit> units, YearMonth month) throws java.io.IOException {
        Unit office = new Office(store).unit().orElseThrow();
        List<UnitListPdf.Line> lines = units.stream().map(u -> new UnitListPdf.Line(u.code(), u.name(),
                messages.get("reporting.list.note", month.getMonthValue(), String.valueOf(month.getYear())))).toList();
        new UnitListPdf(messages).write(out, Letterhead.of(store.settings.officeProfile(), office, today()),
                messages.get("reporting.list.title"),
                messages.get("reporting.list.subtitle", month.getMonthValue(), String.valueOf(month.getYear()), dueDay()), lines);
    }
}
