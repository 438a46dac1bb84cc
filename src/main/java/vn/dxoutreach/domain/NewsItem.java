package vn.dxoutreach.domain;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A news item or post (tin bài) published by a unit on a channel: the portal, the press, television,
 * the province radio or a social network page.
 *
 * @param link  the item's address (http or https); blank when it has none (print)
 * @param views views counted by the channel; null when not known
 */
public record NewsItem(
        RecordMeta meta,
        LocalDate publishedOn,
        String title,
        String channel,
        String link,
        Integer views,
        String topic,
        String note,
        String recordedBy) implements ActivityRecord {

    public NewsItem {
        Objects.requireNonNull(meta, "meta");
        Objects.requireNonNull(publishedOn, "publishedOn");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(channel, "channel");
        link = link == null ? "" : link;
        topic = topic == null ? "" : topic;
        note = note == null ? "" : note;
        recordedBy = recordedBy == null ? "" : recordedBy;
    }

    @Override
    public ActivityKind activityKind() {
        return ActivityKind.NEWS;
    }

    @Override
    public LocalDate day() {
        return publishedOn;
    }

    @Override
    public NewsItem withMeta(RecordMeta newMeta) {
        return new NewsItem(newMeta, publishedOn, title, channel, link, views, topic, note, recordedBy);
    }

    @Override
    public NewsItem withRecordedBy(String name) {
        return new NewsItem(meta, publishedOn, title, channel, link, views, topic, note, name);
    }
}
