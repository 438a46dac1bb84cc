package vn.dxoutreach.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.dxoutreach.domain.Unit;
import vn.dxoutreach.sample.SampleDataGenerator;
import vn.dxoutreach.sample.SampleSize;

/** A report's figures read by whole months and single days are those of reading every day. */
class TotalsRangeTest {

    @TempDir
    Path folder;

    @Test
    void figuresAndActiveUnitsOfAnyRangeAreThoseOfEveryDay() {
        try (Store store = StoreFixture.open(folder)) {
            new SampleDataGenerator(store).generate(SampleSize.DISTRICT, LocalDate.of(2024, 12, 31), 5);
            Set<UUID> area = new HashSet<>();
            store.units.listLive().stream().map(Unit::id).forEach(area::add);
            List<LocalDate[]> ranges = List.of(
                    range("2023-12-15", "2024-12-14"), // a year report: days, eleven months, days
                    range("2024-01-01", "2024-06-30"), // whole months only
                    range("2024-03-05", "2024-03-27"), // inside one month
                    range("2024-02-15", "2024-03-14"), // a monthly report: two cut months, none whole
                    range("2024-09-30", "2024-11-01"), // a month with a day either side
                    range("2024-02-29", "2024-02-29")); // a single day
            for (LocalDate[] r : ranges) {
                assertThat(store.totals.between(r[0], r[1], area)).as("figures %s – %s", r[0], r[1])
                        .isEqualTo(dayByDay(store, r[0], r[1]));
                assertThat(store.totals.active(r[0], r[1])).as("active %s – %s", r[0], r[1])
                        .isEqualTo(activeDayByDay(store, r[0], r[1]));
            }
            assertThat(store.totals.between(LocalDate.parse("2023-12-15"), LocalDate.parse("2024-12-14"), area).isEmpty())
                    .isFalse();
        }
    }

    private static LocalDate[] range(String from, String to) {
        return new LocalDate[] {LocalDate.parse(from), LocalDate.parse(to)};
    }

    private static ActivityTotals.Figures dayByDay(Store store, LocalDate from, LocalDate to) {
        return store.db().read(c -> {
            try (var ps = c.prepareStatement("SELECT"
                    + " SUM(CASE WHEN kind = 'B' THEN records END), SUM(CASE WHEN kind = 'B' THEN minutes END),"
                    + " SUM(CASE WHEN kind = 'B' THEN records_new END), SUM(CASE WHEN kind = 'A' THEN records END),"
                    + " SUM(CASE WHEN kind = 'A' THEN quantity END), SUM(CASE WHEN kind = 'S' THEN records END),"
                    + " SUM(CASE WHEN kind = 'S' THEN people END) FROM daily_total WHERE day BETWEEN ? AND ?")) {
                ps.setString(1, from.toString());
                ps.setString(2, to.toString());
                try (var rs = ps.executeQuery()) {
                    rs.next();
                    return new ActivityTotals.Figures(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4),
                            rs.getLong(5), rs.getLong(6), rs.getLong(7));
                }
            }
        });
    }

    private static Set<UUID> activeDayByDay(Store store, LocalDate from, LocalDate to) {
        return store.db().read(c -> {
            Set<UUID> active = new HashSet<>();
            try (var ps = c.prepareStatement("SELECT DISTINCT unit_id FROM daily_total WHERE day BETWEEN ? AND ?"
                    + " AND records > 0")) {
                ps.setString(1, from.toString());
                ps.setString(2, to.toString());
                try (var rs = ps.executeQuery()) {
                    while (rs.next()) {
                        active.add(UUID.fromString(rs.getString(1)));
                    }
                }
            }
            return active;
        });
    }
}
