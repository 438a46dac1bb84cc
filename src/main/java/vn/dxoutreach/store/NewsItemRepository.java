package vn.dxoutreach.store;

import static vn.dxoutreach.store.BroadcastRepository.nullToEmpty;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import vn.dxoutreach.domain.ActivityKind;
import vn.dxoutreach.domain.NewsItem;

/** The news items and posts the units publish. */
public final class NewsItemRepository extends ActivityRepository<NewsItem> {

    public NewsItemRepository(Database db, Clock clock) {
        super(db, clock, ActivityKind.NEWS);
    }

    @Override
    protected List<String> columns() {
        return List.of("published_on", "title", "channel", "link", "views", "topic", "note", "recorded_by");
    }

    @Override
    protected List<Object> values(NewsItem n) {
        return Arrays.asList(n.publishedOn(), n.title(), n.channel(), nullToEmpty(n.link()), n.views(),
                nullToEmpty(n.topic()), nullToEmpty(n.note()), n.recordedBy());
    }

    @Override
    protected NewsItem map(ResultSet rs) throws SQLException {
        return new NewsItem(Columns.meta(rs), Columns.date(rs, "published_on"), rs.getString("title"),
                rs.getString("channel"), rs.getString("link"), Columns.nullableInt(rs, "views"), rs.getString("topic"),
                rs.getString("note"), rs.getString("recorded_by"));
    }

    /** The channels recorded so far, each once. */
    public List<String> channelsInUse() {
        return valuesInUse("channel");
    }
}
