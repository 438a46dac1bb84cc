package vn.dxoutreach.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import vn.dxoutreach.domain.ActivityKind;
import vn.dxoutreach.domain.TargetFilter;

/**
 * Reads per-unit, per-day amounts of a measure. Unfiltered requests (and "new production only")
 * come from the {@code daily_total} table the triggers keep; topic, banner-kind and support-topic
 * filters aggregate the activity rows of the range with the filter applied.
 */
public final class DailySeriesRepository {

    private final Database db;

    public DailySeriesRepository(Database db) {
        this.db = db;
    }

    /** The columns of {@code daily_total}, one per measure (and "new production only" variant). */
    static final List<String> TOTAL_COLUMNS = List.of("records", "records_new", "minutes", "minutes_new", "quantity",
            "people");

    /** The {@code daily_total} column that answers a request the kept totals can answer. */
    public static String column(SeriesRequest r) {
        return switch (r.measure()) {
            case COUNT -> r.newProductionOnly() ? "records_new" : "records";
            case MINUTES -> r.newProductionOnly() ? "minutes_new" : "minutes";
            case QUANTITY -> "quantity";
            case PEOPLE -> "people";
        };
    }

    /**
     * Every measure of a kind over a date range, in one pass over the kept totals, keyed by
     * {@link #column}: one read serves every target of a plan on that kind.
     */
    public Map<String, DailySeries> readTotals(ActivityKind kind, LocalDate from, LocalDate to) {
        String sql = "SELECT unit_id, day, " + String.join(", ", TOTAL_COLUMNS)
                + " FROM daily_total WHERE kind = ? AND day BETWEEN ? AND ?";
        return db.read(c -> {
            int days = (int) ChronoUnit.DAYS.between(from, to) + 1;
            List<Map<UUID, long[]>> columns = new ArrayList<>();
            TOTAL_COLUMNS.forEach(col -> columns.add(new HashMap<>()));
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                ps.setString(1, kindCode(kind));
                ps.setString(2, from.toString());
                ps.setString(3, to.toString());
                try (ResultSet rs = ps.executeQuery()) {
                    DayIndex dayIndex = new DayIndex(from);
                    Map<String, UUID> ids = new HashMap<>();
                    while (rs.next()) {
                        UUID unit = ids.computeIfAbsent(rs.getString(1), UUID::fromString);
                        int index = dayIndex.of(rs.getString(2));
                        for (int col = 0; col < columns.size(); col++) {
                            long amount = rs.getLong(3 + col);
                            if (amount != 0) {
                                columns.get(col).computeIfAbsent(unit, u -> new long[days])[index] += amount;
                            }
                        }
                    }
                }
            }
            Map<String, DailySeries> result = new HashMap<>();
            for (int col = 0; col < columns.size(); col++) {
                result.put(TOTAL_COLUMNS.get(col), new DailySeries(from, to, columns.get(col)));
            }
            return result;
        });
    }

    /**
     * The daily amounts a request asks for: from the kept totals when it has no topic, banner-kind
     * or support-topic filter, otherwise from the activity rows with the filter applied.
     */
    public DailySeries read(SeriesRequest request) {
        if (request.answeredByDailyTotals()) {
            return readTotals(request.kind(), request.from(), request.to()).get(column(request));
        }
        List<Object> params = new ArrayList<>();
        String query = filteredQuery(request, params);
        boolean byTopic = request.topic() != null || request.sessionTopic() != null;
        String wanted = request.topic() != null ? request.topic() : request.sessionTopic();
        return db.read(c -> {
            Map<UUID, long[]> values = new HashMap<>();
            int days = (int) ChronoUnit.DAYS.between(request.from(), request.to()) + 1;
            try (PreparedStatement ps = c.prepareStatement(query)) {
                for (int i = 0; i < params.size(); i++) {
                    Columns.set(ps, i + 1, params.get(i));
                }
                try (ResultSet rs = ps.executeQuery()) {
                    DayIndex dayIndex = new DayIndex(request.from());
                    Map<String, UUID> ids = new HashMap<>();
                    while (rs.next()) {
                        long amount = rs.getLong(3);
                        if (amount == 0 || (byTopic && !TargetFilter.sameTopic(wanted, rs.getString(4)))) {
                            continue;
                        }
                        UUID unit = ids.computeIfAbsent(rs.getString(1), UUID::fromString);
                        values.computeIfAbsent(unit, u -> new long[days])[dayIndex.of(rs.getString(2))] += amount;
                    }
                }
            }
            return new DailySeries(request.from(), request.to(), values);
        });
    }

    /** Day offsets from the start of a range, parsing each distinct ISO date once. */
    private static final class DayIndex {
        private final LocalDate from;
        private final Map<String, Integer> offsets = new HashMap<>();

        DayIndex(LocalDate from) {
            this.from = from;
        }

        int of(String isoDay) {
            return offsets.computeIfAbsent(isoDay, d -> (int) ChronoUnit.DAYS.between(from, LocalDate.parse(d)));
        }
    }

    /** The SQL (and its parameters, added to {@code params}) of a request the totals cannot answer. */
    static String filteredQuery(SeriesRequest request, List<Object> params) {
        String query = rawQuery(request, params) + " GROUP BY unit_id, day, 4";
        params.add(request.from());
        params.add(request.to());
        return query;
    }

    private static String rawQuery(SeriesRequest r, List<Object> params) {
        String table;
        String day;
        String amount = switch (r.measure()) {
            case COUNT -> "COUNT(*)";
            case MINUTES -> "SUM(minutes)";
            case QUANTITY -> "SUM(quantity)";
            case PEOPLE -> "SUM(people_helped)";
        };
        StringBuilder where = new StringBuilder(" WHERE deleted = 0");
        // topics are free text: compared in Java, as TargetFilter.sameTopic does everywhere
        String topicColumn = "''";
        switch (r.kind()) {
            case BROADCAST -> {
                table = "broadcast";
                day = "aired_on";
                if (r.newProductionOnly()) {
                    where.append(" AND production = 'NEW'");
                }
                topicColumn = "topic";
            }
            case BANNER -> {
                table = "banner";
                day = "hung_on";
                if (r.bannerKind() != null) {
                    where.append(" AND kind = ?");
                    params.add(r.bannerKind());
                }
            }
            default -> {
                table = "team_session";
                day = "held_on";
                topicColumn = "support_topic";
            }
        }
        return "SELECT unit_id, " + day + " AS day, " + amount + ", " + topicColumn + " FROM " + table + where
                + " AND " + day + " BETWEEN ? AND ?";
    }

    static String kindCode(ActivityKind kind) {
        return switch (kind) {
            case BROADCAST -> "B";
            case BANNER -> "A";
            case TEAM_SESSION -> "S";
        };
    }
}
