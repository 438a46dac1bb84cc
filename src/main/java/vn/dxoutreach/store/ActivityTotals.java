package vn.dxoutreach.store;

import java.time.LocalDate;
import java.util.Collection;
import java.util.UUID;

/**
 * How much was done in a period by a set of units, summed from the kept per-day totals: the
 * figures a report states ("1.234 lượt phát thanh, 5.678 phút, …").
 */
public final class ActivityTotals {

    /** The figures of a period. */
    public record Figures(long broadcasts, long minutes, long newPrograms, long bannerRecords, long bannerQuantity,
            long sessions, long peopleHelped) {

        public boolean isEmpty() {
            return broadcasts + bannerRecords + sessions == 0;
        }
    }

    private final Database db;

    public ActivityTotals(Database db) {
        this.db = db;
    }

    public Figures between(LocalDate from, LocalDate to, Collection<UUID> units) {
        java.util.Set<String> wanted = new java.util.HashSet<>();
        units.forEach(u -> wanted.add(u.toString()));
        return db.read(c -> {
            long[] sums = new long[7];
            try (var ps = c.prepareStatement("SELECT unit_id, kind, SUM(records), SUM(minutes), SUM(records_new),"
                    + " SUM(quantity), SUM(people) FROM daily_total WHERE day BETWEEN ? AND ? GROUP BY unit_id, kind")) {
                ps.setString(1, from.toString());
                ps.setString(2, to.toString());
                try (var rs = ps.executeQuery()) {
                    while (rs.next()) {
                        if (!wanted.contains(rs.getString(1))) {
                            continue;
                        }
                        switch (rs.getString(2)) {
                            case "B" -> {
                                sums[0] += rs.getLong(3);
                                sums[1] += rs.getLong(4);
                                sums[2] += rs.getLong(5);
                            }
                            case "A" -> {
                                sums[3] += rs.getLong(3);
                                sums[4] += rs.getLong(6);
                            }
                            default -> {
                                sums[5] += rs.getLong(3);
                                sums[6] += rs.getLong(7);
                            }
                        }
                    }
                }
            }
            return new Figures(sums[0], sums[1], sums[2], sums[3], sums[4], sums[5], sums[6]);
        });
    }

    /** The units with any activity recorded in the period. */
    public java.util.Set<UUID> active(LocalDate from, LocalDate to) {
        return db.read(c -> {
            java.util.Set<UUID> active = new java.util.HashSet<>();
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
