package vn.dxoutreach.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.dxoutreach.domain.ActivityKind;
import vn.dxoutreach.domain.Measure;

/** Topic-filtered reads are answered from an index alone, never by visiting each activity row. */
class DailySeriesRepositoryTest {

    @TempDir
    Path folder;

    private static String plan(Store store, SeriesRequest request) {
        List<Object> params = new ArrayList<>();
        String sql = DailySeriesRepository.filteredQuery(request, params);
        return store.db().read(c -> {
            StringBuilder plan = new StringBuilder();
            try (var ps = c.prepareStatement("EXPLAIN QUERY PLAN " + sql)) {
                for (int i = 0; i < params.size(); i++) {
                    Columns.set(ps, i + 1, params.get(i));
                }
                try (var rs = ps.executeQuery()) {
                    while (rs.next()) {
                        plan.append(rs.getString("detail")).append('\n');
                    }
                }
            }
            return plan.toString();
        });
    }

    @Test
    void topicFilteredBroadcastsAndSessionsAreReadFromCoveringIndexes() {
        LocalDate from = LocalDate.of(2026, 1, 1);
        LocalDate to = LocalDate.of(2026, 12, 31);
        try (Store store = StoreFixture.open(folder)) {
            assertThat(plan(store, new SeriesRequest(ActivityKind.BROADCAST, Measure.MINUTES, true, "VNeID", null,
                    null, from, to))).contains("COVERING INDEX broadcast_day_topic").doesNotContain("TEMP B-TREE");
            assertThat(plan(store, new SeriesRequest(ActivityKind.TEAM_SESSION, Measure.PEOPLE, false, null, null,
                    "VNeID", from, to))).contains("COVERING INDEX team_session_day_topic");
        }
    }
}
