package vn.dxoutreach.ui.exchange;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import vn.dxoutreach.domain.ActivityKind;
import vn.dxoutreach.domain.ActivityRecord;
import vn.dxoutreach.domain.ChoiceList;
import vn.dxoutreach.domain.ChoiceValue;
import vn.dxoutreach.domain.Material;
import vn.dxoutreach.domain.NewsItem;
import vn.dxoutreach.domain.OutreachEvent;
import vn.dxoutreach.domain.StoredRecord;
import vn.dxoutreach.domain.Banner;
import vn.dxoutreach.domain.BannerKind;
import vn.dxoutreach.domain.Broadcast;
import vn.dxoutreach.domain.Cadence;
import vn.dxoutreach.domain.Evidence;
import vn.dxoutreach.domain.Measure;
import vn.dxoutreach.domain.Plan;
import vn.dxoutreach.domain.Production;
import vn.dxoutreach.domain.ReportDeadline;
import vn.dxoutreach.domain.ReportType;
import vn.dxoutreach.domain.Scope;
import vn.dxoutreach.domain.Slogan;
import vn.dxoutreach.domain.Slot;
import vn.dxoutreach.domain.Target;
import vn.dxoutreach.domain.TeamSession;
import vn.dxoutreach.domain.Unit;
import vn.dxoutreach.domain.UnitTree;
import vn.dxoutreach.exchange.pkg.FieldDifference;
import vn.dxoutreach.store.Store;
import vn.dxoutreach.text.Formats;
import vn.dxoutreach.text.Messages;

/** How a record of a package reads to the user: a one-line title, and each field's label and value. */
final class RecordText {

    /** With seconds: two offices often edit a record within the same minute, and the later one wins. */
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("dd/MM/uuuu HH:mm:ss");
    /** Fields holding an enum constant, with the enums they may name (a kind is a banner's or a target's). */
    private static final Map<String, List<Class<? extends Enum<?>>>> ENUMS = Map.of(
            "slot", List.of(Slot.class), "production", List.of(Production.class),
            "kind", List.of(BannerKind.class, ActivityKind.class), "bannerKind", List.of(BannerKind.class),
            "recordKind", List.of(ActivityKind.class), "measure", List.of(Measure.class),
            "cadence", List.of(Cadence.class), "scope", List.of(Scope.class), "type", List.of(ReportType.class));

    private final Messages messages;
    private final Store store;
    private final UnitTree tree;
    private final ZoneId zone;
    private final Map<Class<?>, Function<StoredRecord, String>> titles;

    RecordText(Messages messages, Store store) {
        this.messages = messages;
        this.store = store;
        this.tree = store.units.tree();
        this.zone = store.clock().getZone();
        this.titles = titles();
    }

    String unitName(UUID id) {
        return tree.get(id).map(u -> u.code() + " – " + u.name()).orElse(id.toString());
    }

    String time(Instant instant) {
        return TIME.format(instant.atZone(zone));
    }

    /** A line naming the record, e.g. "05/10/2024 – Chuyên mục chuyển đổi số". */
    String title(StoredRecord record) {
        return titles.getOrDefault(record.getClass(), String::valueOf).apply(record);
    }

    /** How each record type is named: an activity by its day and its own title, the others by their key fields. */
    private Map<Class<?>, Function<StoredRecord, String>> titles() {
        return Map.ofEntries(
                activity(Broadcast.class, Broadcast::programTitle),
                activity(Banner.class, Banner::slogan),
                activity(TeamSession.class, TeamSession::supportTopic),
                activity(NewsItem.class, n -> n.title() + " (" + n.channel() + ")"),
                activity(OutreachEvent.class, OutreachEvent::name),
                activity(Material.class, m -> m.type() + ": " + m.title()),
                named(Unit.class, u -> u.code() + " – " + u.name()),
                named(Plan.class, p -> p.symbol() + " – " + p.title()),
                named(Target.class, t -> t.code() + " – " + t.name()),
                named(ReportDeadline.class, d -> d.title(messages)),
                named(Evidence.class, Evidence::fileName),
                named(Slogan.class, Slogan::text),
                named(ChoiceValue.class, ChoiceValue::value));
    }

    private static <T extends StoredRecord> Map.Entry<Class<?>, Function<StoredRecord, String>> named(Class<T> type,
            Function<T, String> name) {
        return Map.entry(type, record -> name.apply(type.cast(record)));
    }

    private static <T extends ActivityRecord> Map.Entry<Class<?>, Function<StoredRecord, String>> activity(
            Class<T> type, Function<T, String> name) {
        return named(type, a -> Formats.date(a.day()) + " – " + name.apply(a));
    }

    /** The field's label in the user's language. */
    String label(FieldDifference field) {
        String key = FieldLabels.keyOf(field.field());
        return key == null ? field.field() : messages.get(key);
    }

    /** A field's value as the user reads it: dates dd/MM/yyyy, units and plans by name, enums by label. */
    String value(String field, String raw) {
        if (raw == null || raw.isEmpty()) {
            return "";
        }
        if (field.equals("unitId") || field.equals("parentId")) {
            return unitName(UUID.fromString(raw));
        }
        if (field.equals("predecessors")) {
            return Arrays.stream(raw.split(", ")).map(id -> unitName(UUID.fromString(id)))
                    .collect(Collectors.joining("; "));
        }
        if (field.equals("formerParents")) {
            return Arrays.stream(raw.split(", ")).map(item -> item.split("@"))
                    .map(part -> messages.get("units.lineage.formerParent", unitName(UUID.fromString(part[0])),
                            date(part[1])))
                    .collect(Collectors.joining("; "));
        }
        if (field.equals("planId")) {
            return store.plans.find(UUID.fromString(raw)).map(Plan::symbol).orElse(raw);
        }
        if (field.equals("choiceList")) {
            return messages.get(switch (ChoiceList.valueOf(raw)) {
                case NEWS_CHANNEL -> "exchange.value.choiceList.news";
                case EVENT_TYPE -> "exchange.value.choiceList.event";
                case MATERIAL_TYPE -> "exchange.value.choiceList.material";
            });
        }
        if (raw.equals("true") || raw.equals("false")) {
            return messages.get(raw.equals("true") ? "exchange.value.yes" : "exchange.value.no");
        }
        for (Class<? extends Enum<?>> type : ENUMS.getOrDefault(field, List.of())) {
            for (Enum<?> constant : type.getEnumConstants()) {
                if (constant.name().equals(raw)) {
                    return messages.label(constant);
                }
            }
        }
        return date(raw);
    }

    private static String date(String raw) {
        if (raw.length() == 10 && raw.charAt(4) == '-') {
            try {
                return Formats.date(LocalDate.parse(raw));
            } catch (DateTimeParseException e) {
                return raw;
            }
        }
        return raw;
    }
}
