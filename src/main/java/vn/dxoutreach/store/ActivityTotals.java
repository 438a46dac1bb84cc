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
            TotalsRange range = TotalsRange.of(from, to, "unit_id, kind, records, minutes, records_new, quantity, people");
            try (var ps = c.prepareStatement("SELECT unit_id, kind, SUM(records), SUM(minutes), SUM(records_new),"
                    + " SUM(quantity), SUM(people) FROM (" + range.sql() + ") GROUP BY unit_id, kind")) {
                range.bind(ps, 0);
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
                            case "S" -> {
                                sums[5] += rs.getLong(3);
                                sums[6] += rs.getLong(7);
                            }
                            default -> {
                                // the later kinds are told by channel or type: see byDetail
                            }
                        }
                    }
                }
            }
            return new Figures(sums[0], sums[1], sums[2], sums[3], sums[4], sums[5], sums[6]);
        });
    }

    /**
     * What a kind's records of the period add up to, by the value of its filtered field (channel,
     * type, support topic), largest count first. Values written differently only in case or
     * surrounding spaces are one value, named as first met (a shipped value, where one matches).
     */
    public java.util.List<DetailFigures> byDetail(vn.dxoutreach.domain.ActivityKind kind, LocalDate from,
            LocalDate to, Collection<UUID> units) {
        java.util.Set<String> wanted = new java.util.HashSet<>();
        units.forEach(u -> wanted.add(u.toString()));
        ActivityTable table = ActivityTable.of(kind);
        java.util.List<String> shipped = kind.choiceList() == null ? java.util.List.of() : kind.choiceList().shipped();
        java.util.Map<String, long[]> sums = new java.util.LinkedHashMap<>();
        java.util.Map<String, String> names = new java.util.HashMap<>();
        db.read(c -> {
            try (var ps = c.prepareStatement("SELECT unit_id, detail, SUM(records), SUM(quantity), SUM(people),"
                    + " SUM(views), SUM(apps) FROM daily_detail_total WHERE kind = ? AND day BETWEEN ? AND ?"
                    + " GROUP BY unit_id, detail")) {
                ps.setString(1, table.code());
                ps.setString(2, from.toString());
                ps.setString(3, to.toString());
                try (var rs = ps.executeQuery()) {
                    while (rs.next()) {
                        if (!wanted.contains(rs.getString(1))) {
                            continue;
                        }
                        String detail = rs.getString(2) == null ? "" : rs.getString(2).strip();
                        String key = detail.toLowerCase(java.util.Locale.ROOT);
                        names.computeIfAbsent(key, k -> shipped.stream().filter(v -> v.equalsIgnoreCase(detail))
                                .findFirst().orElse(detail));
                        long[] s = sums.computeIfAbsent(key, k -> new long[5]);
                        for (int i = 0; i < s.length; i++) {
                            s[i] += rs.getLong(3 + i);
                        }
                    }
                }
            }
            return null;
        });
        return sums.entrySet().stream().filter(e -> e.getValue()[0] > 0)
                .map(e -> new DetailFigures(names.get(e.getKey()), e.getValue()[0], e.getValue()[1], e.getValue()[2],
                        e.getValue()[3], e.getValue()[4]))
                .sorted(java.util.Comparator.comparingLong(DetailFigures::records).reversed()
                        .thenComparing(DetailFigures::detail))
                .toList();
    }

    /**
     * A kind's figures for one channel, type or topic: its records and what they add to each
     * amount (copies or messages, people taking part or helped, views where known, apps installed).
     */
    public record DetailFigures(String detail, long records, long quantity, long people, long views, long apps) {
    }

    /** The units with any activity recorded in the period. */
    public java.util.Set<UUID> active(LocalDate from, LocalDate to) {
        return db.read(c -> {
            java.util.Set<UUID> active = new java.util.HashSet<>();
            // a unit whose records of a month add up to more than none has a day with records in it
            TotalsRange range = TotalsRange.of(from, to, "unit_id, records");
            try (var ps = c.prepareStatement("SELECT DISTINCT unit_id FROM (" + range.sql() + ") WHERE records > 0")) {
                range.bind(ps, 0);
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
