package vn.dxoutreach.store;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The kept totals of a date range as rows of the given columns of {@code daily_total}: the whole
 * calendar months inside it from {@code period_total}, the days before the first and after the last
 * whole month day by day. A sum over these rows is the sum over every day (decision 0017) read from
 * a twentieth of the rows; every kind is named so that both tables are read by their keys.
 *
 * @param sql    a {@code SELECT} of the columns to use as a subquery
 * @param params its parameters, in order
 */
record TotalsRange(String sql, List<Object> params) {

    static TotalsRange of(LocalDate from, LocalDate to, String columns) {
        String kinds = ActivityTable.all().stream().map(t -> "'" + t.code() + "'").collect(Collectors.joining(", "));
        String days = "SELECT " + columns + " FROM daily_total WHERE kind IN (" + kinds + ") AND day BETWEEN ? AND ?";
        LocalDate firstWhole = PeriodGrain.MONTH.start(from).equals(from) ? from : PeriodGrain.MONTH.end(from).plusDays(1);
        LocalDate lastWholeEnd = PeriodGrain.MONTH.end(to).equals(to) ? to : PeriodGrain.MONTH.start(to).minusDays(1);
        if (firstWhole.isAfter(lastWholeEnd)) {
            return new TotalsRange(days, List.of(from, to));
        }
        List<String> parts = new ArrayList<>();
        List<Object> params = new ArrayList<>();
        if (from.isBefore(firstWhole)) {
            parts.add(days);
            params.addAll(List.of(from, firstWhole.minusDays(1)));
        }
        parts.add("SELECT " + columns + " FROM period_total WHERE kind IN (" + kinds + ") AND grain = '"
                + PeriodGrain.MONTH.code() + "' AND period_start BETWEEN ? AND ?");
        params.addAll(List.of(firstWhole, PeriodGrain.MONTH.start(lastWholeEnd)));
        if (lastWholeEnd.isBefore(to)) {
            parts.add(days);
            params.addAll(List.of(lastWholeEnd.plusDays(1), to));
        }
        return new TotalsRange(String.join(" UNION ALL ", parts), List.copyOf(params));
    }

    /** Sets the parameters on a statement whose first {@code offset} parameters are the caller's own. */
    void bind(java.sql.PreparedStatement statement, int offset) throws java.sql.SQLException {
        for (int i = 0; i < params.size(); i++) {
            Columns.set(statement, offset + i + 1, params.get(i));
        }
    }
}
