package vn.dxoutreach.exchange.imports;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import vn.dxoutreach.domain.ActivityKind;
import vn.dxoutreach.domain.ActivityRecord;
import vn.dxoutreach.domain.Banner;
import vn.dxoutreach.domain.BannerKind;
import vn.dxoutreach.domain.Broadcast;
import vn.dxoutreach.domain.ChoiceList;
import vn.dxoutreach.domain.InputRules;
import vn.dxoutreach.domain.Material;
import vn.dxoutreach.domain.NewsItem;
import vn.dxoutreach.domain.OutreachEvent;
import vn.dxoutreach.domain.Production;
import vn.dxoutreach.domain.Slot;
import vn.dxoutreach.domain.TeamSession;
import vn.dxoutreach.exchange.template.Folding;
import vn.dxoutreach.exchange.template.Template;

/**
 * One activity sheet of the template: its kind, the column of the day it counts on, how a checked row
 * becomes a record, and the record's natural key beyond its unit and day. {@link #ALL} is every
 * sheet; {@link ActivityRows} does the rest (unit, duplicates, matching stored records) alike.
 *
 * @param keyParts the natural key's parts after unit and day, from a record
 */
record ActivitySheet<T extends ActivityRecord>(String sheet, ActivityKind kind, String dayColumn, Reader<T> reader,
        Function<T, String> keyParts) {

    static final int MAX_MINUTES = 600;
    static final int MAX_COUNT = 1_000_000;

    /** Reads a row's other columns, noting every problem; the record (with a placeholder meta) or null. */
    interface Reader<T> {
        T read(RowValues row, LocalDate day, ChoiceLookup choices);
    }

    static final ActivitySheet<Broadcast> BROADCASTS = new ActivitySheet<>(Template.BROADCASTS,
            ActivityKind.BROADCAST, "date", (row, day, choices) -> {
                String title = row.text("title");
                Production production = row.choice("production", Production.class);
                Long minutes = row.number("minutes", 1, MAX_MINUTES);
                Slot slot = row.choice("slot", Slot.class);
                String topic = row.text("topic");
                String note = row.text("note");
                return row.ok() ? new Broadcast(KeyedMerge.PLACEHOLDER, day, slot, title, production,
                        minutes.intValue(), topic, note, row.text("recorder")) : null;
            }, b -> b.slot() + "|" + Folding.keyPart(b.programTitle()));

    static final ActivitySheet<Banner> BANNERS = new ActivitySheet<>(Template.BANNERS, ActivityKind.BANNER, "hungOn",
            (row, hung, choices) -> {
                LocalDate removed = row.date("removedOn");
                BannerKind kind = row.choice("kind", BannerKind.class);
                String slogan = row.text("slogan");
                int quantity = row.count("quantity", MAX_COUNT);
                String location = row.text("location");
                String note = row.text("note");
                if (hung != null && removed != null && removed.isBefore(hung)) {
                    row.problem("removedOn", row.text("removedOn"), "data.problem.dateOrder");
                }
                return row.ok() ? new Banner(KeyedMerge.PLACEHOLDER, hung, removed, kind, slogan, quantity, location,
                        note, row.text("recorder")) : null;
            }, b -> b.kind() + "|" + Folding.keyPart(b.slogan()) + "|" + Folding.keyPart(b.location()));

    static final ActivitySheet<TeamSession> SESSIONS = new ActivitySheet<>(Template.SESSIONS,
            ActivityKind.TEAM_SESSION, "date", (row, day, choices) -> {
                String topic = row.text("topic");
                int people = row.count("people", MAX_COUNT);
                int apps = row.count("apps", MAX_COUNT);
                String location = row.text("location");
                String note = row.text("note");
                return row.ok() ? new TeamSession(KeyedMerge.PLACEHOLDER, day, topic, people, apps, location, note,
                        row.text("recorder")) : null;
            }, s -> Folding.keyPart(s.supportTopic()) + "|" + Folding.keyPart(s.location()));

    static final ActivitySheet<NewsItem> NEWS = new ActivitySheet<>(Template.NEWS, ActivityKind.NEWS, "date",
            (row, day, choices) -> {
                String title = row.text("title");
                String channel = choices.value(row, "channel", ChoiceList.NEWS_CHANNEL);
                String link = row.text("link");
                if (!link.isEmpty() && !InputRules.isWebLink(link)) {
                    row.problem("link", link, "data.problem.link");
                }
                Long views = row.number("views", 0, Integer.MAX_VALUE);
                String topic = row.text("topic");
                String note = row.text("note");
                return row.ok() ? new NewsItem(KeyedMerge.PLACEHOLDER, day, title, channel, link,
                        views == null ? null : views.intValue(), topic, note, row.text("recorder")) : null;
            }, n -> Folding.keyPart(n.title()) + "|" + Folding.keyPart(n.channel()));

    static final ActivitySheet<OutreachEvent> EVENTS = new ActivitySheet<>(Template.EVENTS, ActivityKind.EVENT, "from",
            (row, from, choices) -> {
                LocalDate to = row.date("to");
                String name = row.text("name");
                String type = choices.value(row, "type", ChoiceList.EVENT_TYPE);
                String organiser = row.text("organiser");
                Long participants = row.number("participants", 0, MAX_COUNT);
                String location = row.text("location");
                String note = row.text("note");
                if (from != null && to != null && to.isBefore(from)) {
                    row.problem("to", row.text("to"), "data.problem.dateOrder");
                }
                return row.ok() ? new OutreachEvent(KeyedMerge.PLACEHOLDER, from, to, name, type, organiser,
                        participants.intValue(), location, note, row.text("recorder")) : null;
            }, e -> Folding.keyPart(e.name()));

    static final ActivitySheet<Material> MATERIALS = new ActivitySheet<>(Template.MATERIALS, ActivityKind.MATERIAL,
            "date", (row, day, choices) -> {
                String type = choices.value(row, "type", ChoiceList.MATERIAL_TYPE);
                String title = row.text("title");
                Long quantity = row.number("quantity", 1, MAX_COUNT);
                String note = row.text("note");
                return row.ok() ? new Material(KeyedMerge.PLACEHOLDER, day, type, title, quantity.intValue(), note,
                        row.text("recorder")) : null;
            }, m -> Folding.keyPart(m.type()) + "|" + Folding.keyPart(m.title()));

    /** Every activity sheet, in the template's order. */
    static final List<ActivitySheet<?>> ALL = List.of(BROADCASTS, BANNERS, SESSIONS, NEWS, EVENTS, MATERIALS);

    /** The natural key of a record of the unit: unit, day, then the kind's own parts. */
    String key(UUID unit, T record) {
        return unit + "|" + record.day() + "|" + keyParts.apply(record);
    }
}
