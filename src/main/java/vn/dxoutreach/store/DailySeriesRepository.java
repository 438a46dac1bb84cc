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

    public DailySeries read(SeriesRequest request) {
        String sql;
        List<Object> params = new ArrayList<>();
        if (request.answeredByDailyTotals()) {
            sql = "SELECT unit_id, day, " + totalColumn(request) + " FROM daily_total"
                    + " WHERE kind = ? AND day BETWEEN ? AND ?";
            params.add(kindCode(request.kind()));
        } else {
            sql = rawQuery(request, params);
        }
        params.add(request.from());
        params.add(request.to());
        if (!request.answeredByDailyTotals()) {
            sql += " GROUP BY unit_id, day, 4";
        }
        String query = sql;
        boolean rawTopic = !request.answeredByDailyTotals() && (request.topic() != null || request.sessionTopic() != null);
        return db.read(c -> {
            Map<UUID, long[]> values = new HashMap<>();
            int days = (int) ChronoUnit.DAYS.between(request.from(), request.to()) + 1;
            try (PreparedStatement ps = c.prepareStatement(query)) {
                for (int i = 0; i < params.size(); i++) {
                    Columns.set(ps, i + 1, params.get(i));
                }
                try (ResultSet rs = ps.executeQuery()) {
                    Map<String, UUID> ids = new HashMap<>();
                    Map<String, Integer> dayIndex = new HashMap<>();
                    String wanted = request.topic() != null ? request.topic() : request.sessionTopic();
                    while (rs.next()) {
                        long amount = rs.getLong(3);
                        if (amount == 0 || (rawTopic && !TargetFilter.sameTopic(wanted, rs.getString(4)))) {
                            continue;
                        }
                        UUID unit = ids.computeIfAbsent(rs.getString(1), UUID::fromString);
                        int index = dayIndex.computeIfAbsent(rs.getString(2),
                                day -> (int) ChronoUnit.DAYS.between(request.from(), LocalDate.parse(day)));
                        values.computeIfAbsent(unit, u -> new long[days])[index] += amount;
                    }
                }
            }
            return new DailySeries(request.from(), request.to(), values);
        });
    }

    private static String totalColumn(SeriesRequest r) {
        return switch (r.measure()) {
            case COUNT -> r.newProductionOnly() ? "records_new" : "records";
            case MINUTES -> r.newProductionOnly() ? "minutes_new" : "minutes";
            case QUANTITY -> "quantity";
            case PEOPLE -> "people";
        };
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
