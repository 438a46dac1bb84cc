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
import java.util.stream.Collectors;
import vn.dxoutreach.domain.ActivityKind;
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

    RecordText(Messages messages, Store store) {
        this.messages = messages;
        this.store = store;
        this.tree = store.units.tree();
        this.zone = store.clock().getZone();
    }

    String unitName(UUID id) {
        return tree.get(id).map(u -> u.code() + " – " + u.name()).orElse(id.toString());
    }

    String time(Instant instant) {
        return TIME.format(instant.atZone(zone));
    }

    /** A line naming the record, e.g. "05/10/2024 – Chuyên mục chuyển đổi số". */
    String title(Object record) {
        if (record instanceof Broadcast b) {
            return Formats.date(b.airedOn()) + " – " + b.programTitle();
        } else if (record instanceof Banner b) {
            return Formats.date(b.hungOn()) + " – " + b.slogan();
        } else if (record instanceof TeamSession s) {
            return Formats.date(s.heldOn()) + " – " + s.supportTopic();
        } else if (record instanceof Unit u) {
            return u.code() + " – " + u.name();
        } else if (record instanceof Plan p) {
            return p.symbol() + " – " + p.title();
        } else if (record instanceof Target t) {
            return t.code() + " – " + t.name();
        } else if (record instanceof ReportDeadline d) {
            return d.title(messages);
        } else if (record instanceof Evidence e) {
            return e.fileName();
        } else if (record instanceof Slogan s) {
            return s.text();
        }
        return String.valueOf(record);
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
