package vn.dxoutreach.exchange.pkg;

import vn.dxoutreach.domain.StoredRecord;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import vn.dxoutreach.domain.ActivityKind;
import vn.dxoutreach.domain.Banner;
import vn.dxoutreach.domain.BannerKind;
import vn.dxoutreach.domain.Broadcast;
import vn.dxoutreach.domain.Cadence;
import vn.dxoutreach.domain.ChoiceList;
import vn.dxoutreach.domain.ChoiceValue;
import vn.dxoutreach.domain.Material;
import vn.dxoutreach.domain.NewsItem;
import vn.dxoutreach.domain.OutreachEvent;
import vn.dxoutreach.domain.Evidence;
import vn.dxoutreach.domain.FormerParent;
import vn.dxoutreach.domain.Measure;
import vn.dxoutreach.domain.Plan;
import vn.dxoutreach.domain.Production;
import vn.dxoutreach.domain.RecordMeta;
import vn.dxoutreach.domain.ReportDeadline;
import vn.dxoutreach.domain.ReportType;
import vn.dxoutreach.domain.Scope;
import vn.dxoutreach.domain.Slogan;
import vn.dxoutreach.domain.Slot;
import vn.dxoutreach.domain.Target;
import vn.dxoutreach.domain.TargetFilter;
import vn.dxoutreach.domain.TeamSession;
import vn.dxoutreach.domain.TeamMember;
import vn.dxoutreach.domain.Unit;
import vn.dxoutreach.domain.UnitType;

/** Each record type as one JSON object per line of a package entry, and back. */
final class RecordJson {

    /** The deepest level of the unit tree a package may name. */
    static final int MAX_LEVEL = 99;
    /** An airing's longest airtime, as the broadcast form and the import allow. */
    static final int MAX_MINUTES = 600;
    static final long MAX_TARGET_VALUE = 1_000_000_000L;

    private RecordJson() {
    }

    static JsonObject write(StoredRecord record) {
        JsonObject o = new JsonObject();
        if (record instanceof Unit u) {
            meta(o, u.meta());
            o.addProperty("code", u.code());
            o.addProperty("name", u.name());
            o.addProperty("level", u.level());
            put(o, "parentId", u.parentId());
            put(o, "validFrom", u.validFrom());
            put(o, "validTo", u.validTo());
            JsonArray predecessors = new JsonArray();
            u.predecessors().forEach(p -> predecessors.add(p.toString()));
            o.add("predecessors", predecessors);
            JsonArray former = new JsonArray();
            for (FormerParent f : u.formerParents()) {
                JsonObject link = new JsonObject();
                link.addProperty("parentId", f.parentId().toString());
                link.addProperty("until", f.until().toString());
                former.add(link);
            }
            o.add("formerParents", former);
            o.addProperty("unitType", u.type().name());
        } else if (record instanceof Plan p) {
            meta(o, p.meta());
            o.addProperty("symbol", p.symbol());
            o.addProperty("title", p.title());
            o.addProperty("issuingBody", p.issuingBody());
            put(o, "issuedOn", p.issuedOn());
            put(o, "periodFrom", p.periodFrom());
            put(o, "periodTo", p.periodTo());
        } else if (record instanceof Target t) {
            meta(o, t.meta());
            put(o, "planId", t.planId());
            o.addProperty("code", t.code());
            o.addProperty("name", t.name());
            o.addProperty("kind", t.kind().name());
            o.addProperty("measure", t.measure().name());
            o.addProperty("cadence", t.cadence().name());
            o.addProperty("value", t.value());
            o.addProperty("scope", t.scope().name());
            put(o, "scopeLevel", t.scopeLevel());
            put(o, "windowFrom", t.windowFrom());
            put(o, "windowTo", t.windowTo());
            o.addProperty("repeatsYearly", t.repeatsYearly());
            TargetFilter f = t.filter();
            o.addProperty("newOnly", f.newProductionOnly());
            put(o, "unitLevel", f.unitLevel());
            put(o, "topic", f.topic());
            put(o, "bannerKind", f.bannerKind());
            put(o, "sessionTopic", f.sessionTopic());
            put(o, "choice", f.choice());
            put(o, "scopeUnitType", t.scopeUnitType());
            put(o, "minSharePercent", t.minSharePercent());
        } else if (record instanceof ReportDeadline d) {
            meta(o, d.meta());
            put(o, "planId", d.planId());
            o.addProperty("type", d.type().name());
            o.addProperty("name", d.name());
            put(o, "periodFrom", d.periodFrom());
            put(o, "periodTo", d.periodTo());
            put(o, "due", d.due());
            put(o, "submittedOn", d.submittedOn());
        } else if (record instanceof Broadcast b) {
            meta(o, b.meta());
            put(o, "airedOn", b.airedOn());
            o.addProperty("slot", b.slot().name());
            o.addProperty("programTitle", b.programTitle());
            o.addProperty("production", b.production().name());
            o.addProperty("minutes", b.minutes());
            put(o, "topic", b.topic());
            put(o, "note", b.note());
            put(o, "recordedBy", b.recordedBy());
        } else if (record instanceof Banner b) {
            meta(o, b.meta());
            put(o, "hungOn", b.hungOn());
            put(o, "removedOn", b.removedOn());
            o.addProperty("kind", b.kind().name());
            o.addProperty("slogan", b.slogan());
            o.addProperty("quantity", b.quantity());
            put(o, "location", b.location());
            put(o, "note", b.note());
            put(o, "recordedBy", b.recordedBy());
        } else if (record instanceof TeamSession s) {
            meta(o, s.meta());
            put(o, "heldOn", s.heldOn());
            o.addProperty("supportTopic", s.supportTopic());
            o.addProperty("peopleHelped", s.peopleHelped());
            o.addProperty("appsInstalled", s.appsInstalled());
            put(o, "location", s.location());
            put(o, "note", s.note());
            put(o, "recordedBy", s.recordedBy());
        } else if (record instanceof NewsItem n) {
            meta(o, n.meta());
            put(o, "publishedOn", n.publishedOn());
            o.addProperty("title", n.title());
            o.addProperty("channel", n.channel());
            put(o, "link", n.link());
            put(o, "views", n.views());
            put(o, "topic", n.topic());
            put(o, "note", n.note());
            put(o, "recordedBy", n.recordedBy());
        } else if (record instanceof OutreachEvent e) {
            meta(o, e.meta());
            put(o, "startsOn", e.startsOn());
            put(o, "endsOn", e.endsOn());
            o.addProperty("name", e.name());
            o.addProperty("type", e.type());
            put(o, "organiser", e.organiser());
            o.addProperty("participants", e.participants());
            put(o, "location", e.location());
            put(o, "note", e.note());
            put(o, "recordedBy", e.recordedBy());
        } else if (record instanceof Material m) {
            meta(o, m.meta());
            put(o, "madeOn", m.madeOn());
            o.addProperty("type", m.type());
            o.addProperty("title", m.title());
            o.addProperty("quantity", m.quantity());
            put(o, "note", m.note());
            put(o, "recordedBy", m.recordedBy());
        } else if (record instanceof ChoiceValue v) {
            meta(o, v.meta());
            o.addProperty("list", v.list().name());
            o.addProperty("value", v.value());
        } else if (record instanceof TeamMember m) {
            meta(o, m.meta());
            o.addProperty("name", m.name());
            o.addProperty("role", m.role());
            o.addProperty("phone", m.phone());
            put(o, "joinedOn", m.joinedOn());
            put(o, "leftOn", m.leftOn());
        } else if (record instanceof Evidence e) {
            meta(o, e.meta());
            put(o, "recordId", e.recordId());
            o.addProperty("recordKind", e.recordKind().name());
            o.addProperty("sha256", e.sha256());
            o.addProperty("fileName", e.fileName());
            o.addProperty("mediaType", e.mediaType());
            o.addProperty("sizeBytes", e.sizeBytes());
        } else if (record instanceof Slogan s) {
            meta(o, s.meta());
            o.addProperty("text", s.text());
            o.addProperty("official", s.official());
            put(o, "campaignYear", s.campaignYear());
            o.addProperty("theme", s.theme());
        } else {
            throw new IllegalArgumentException("Not a record: " + record);
        }
        return o;
    }

    /**
     * The same record with another update time: how a version kept by a conflict's choice, or restored
     * from the conflict log, becomes the newest edit so that it travels onward.
     */
    static StoredRecord restamped(PackageKind kind, StoredRecord record, Instant updatedAt) {
        JsonObject o = write(record);
        o.addProperty("updatedAt", updatedAt.toEpochMilli());
        return read(kind, o);
    }

    /** Reads a record of the kind; a missing or malformed field throws IllegalArgumentException. */
    static StoredRecord read(PackageKind kind, JsonObject o) {
        RecordMeta meta = new RecordMeta(uuid(o, "id"), uuid(o, "unitId"), time(o, "createdAt"), time(o, "updatedAt"),
                StrictJson.bool(o, "deleted"));
        return switch (kind) {
            case UNIT -> {
                List<UUID> predecessors = new ArrayList<>();
                o.getAsJsonArray("predecessors").forEach(p -> predecessors.add(StrictJson.uuid(p.getAsString())));
                // packages made before units could move carry no former parents
                List<FormerParent> former = new ArrayList<>();
                if (o.has("formerParents")) {
                    o.getAsJsonArray("formerParents").forEach(f -> former.add(new FormerParent(
                            uuid(f.getAsJsonObject(), "parentId"), date(f.getAsJsonObject(), "until"))));
                }
                yield new Unit(meta, text(o, "code"), text(o, "name"), (int) StrictJson.integer(o, "level", 1, MAX_LEVEL),
                        uuid(o, "parentId"), date(o, "validFrom"), date(o, "validTo"), predecessors, former,
                        // packages made before organisations were units carry administrative units only
                        o.has("unitType") ? UnitType.valueOf(text(o, "unitType")) : UnitType.ADMINISTRATIVE);
            }
            case PLAN -> new Plan(meta, text(o, "symbol"), text(o, "title"), text(o, "issuingBody"),
                    date(o, "issuedOn"), date(o, "periodFrom"), date(o, "periodTo"));
            case TARGET -> new Target(meta, uuid(o, "planId"), text(o, "code"), text(o, "name"),
                    ActivityKind.valueOf(text(o, "kind")),
                    new TargetFilter(StrictJson.bool(o, "newOnly"), level(o, "unitLevel"), text(o, "topic"),
                            enumOrNull(BannerKind.class, text(o, "bannerKind")), text(o, "sessionTopic"),
                            // packages made before the channel and type filters lack the field
                            o.has("choice") ? text(o, "choice") : null),
                    Measure.valueOf(text(o, "measure")), Cadence.valueOf(text(o, "cadence")),
                    StrictJson.integer(o, "value", 0, MAX_TARGET_VALUE), Scope.valueOf(text(o, "scope")),
                    level(o, "scopeLevel"),
                    date(o, "windowFrom"), date(o, "windowTo"),
                    // packages made before windows could repeat lack the field
                    o.has("repeatsYearly") && StrictJson.bool(o, "repeatsYearly"),
                    // packages made before share-of-units targets lack both fields
                    enumOrNull(UnitType.class, text(o, "scopeUnitType")), sharePercent(o));
            case REPORT_DEADLINE -> new ReportDeadline(meta, uuid(o, "planId"), ReportType.valueOf(text(o, "type")),
                    text(o, "name"), date(o, "periodFrom"), date(o, "periodTo"), date(o, "due"),
                    date(o, "submittedOn"));
            case BROADCAST -> new Broadcast(meta, date(o, "airedOn"), Slot.valueOf(text(o, "slot")),
                    text(o, "programTitle"), Production.valueOf(text(o, "production")),
                    (int) StrictJson.integer(o, "minutes", 1, MAX_MINUTES),
                    text(o, "topic"), text(o, "note"), text(o, "recordedBy"));
            case BANNER -> new Banner(meta, date(o, "hungOn"), date(o, "removedOn"),
                    BannerKind.valueOf(text(o, "kind")), text(o, "slogan"), count(o, "quantity"),
                    text(o, "location"), text(o, "note"), text(o, "recordedBy"));
            case TEAM_SESSION -> new TeamSession(meta, date(o, "heldOn"), text(o, "supportTopic"),
                    count(o, "peopleHelped"), count(o, "appsInstalled"), text(o, "location"),
                    text(o, "note"), text(o, "recordedBy"));
            case NEWS -> new NewsItem(meta, date(o, "publishedOn"), text(o, "title"), text(o, "channel"),
                    text(o, "link"), optionalCount(o, "views"), text(o, "topic"), text(o, "note"),
                    text(o, "recordedBy"));
            case EVENT -> new OutreachEvent(meta, date(o, "startsOn"), date(o, "endsOn"), text(o, "name"),
                    text(o, "type"), text(o, "organiser"), count(o, "participants"), text(o, "location"),
                    text(o, "note"), text(o, "recordedBy"));
            case MATERIAL -> new Material(meta, date(o, "madeOn"), text(o, "type"), text(o, "title"),
                    (int) StrictJson.integer(o, "quantity", 1, Integer.MAX_VALUE), text(o, "note"),
                    text(o, "recordedBy"));
            case CHOICE -> new ChoiceValue(meta, ChoiceList.valueOf(text(o, "list")), text(o, "value"));
            case TEAM_MEMBER -> teamMember(meta, o);
            case EVIDENCE -> new Evidence(meta, uuid(o, "recordId"), ActivityKind.valueOf(text(o, "recordKind")),
                    text(o, "sha256"), text(o, "fileName"), text(o, "mediaType"),
                    StrictJson.integer(o, "sizeBytes", 0, Long.MAX_VALUE));
            // packages made before slogans had years lack both fields
            case SLOGAN -> new Slogan(meta, text(o, "text"), StrictJson.bool(o, "official"),
                    campaignYear(o), o.has("theme") && StrictJson.bool(o, "theme"));
        };
    }

    private static void meta(JsonObject o, RecordMeta meta) {
        o.addProperty("id", meta.id().toString());
        o.addProperty("unitId", meta.unitId().toString());
        o.addProperty("createdAt", meta.createdAt().toEpochMilli());
        o.addProperty("updatedAt", meta.updatedAt().toEpochMilli());
        o.addProperty("deleted", meta.deleted());
    }

    private static void put(JsonObject o, String name, Object value) {
        if (value == null) {
            o.add(name, JsonNull.INSTANCE);
        } else if (value instanceof Number n) {
            o.addProperty(name, n);
        } else if (value instanceof Enum<?> e) {
            o.addProperty(name, e.name());
        } else {
            o.addProperty(name, value.toString());
        }
    }

    private static String text(JsonObject o, String name) {
        JsonElement e = o.get(name);
        return e == null || e.isJsonNull() ? null : e.getAsString();
    }

    private static UUID uuid(JsonObject o, String name) {
        return StrictJson.uuid(o, name);
    }

    private static Instant time(JsonObject o, String name) {
        return Instant.ofEpochMilli(StrictJson.integer(o, name, 0, StrictJson.MAX_EPOCH_MILLI));
    }

    private static int count(JsonObject o, String name) {
        return (int) StrictJson.integer(o, name, 0, Integer.MAX_VALUE);
    }

    private static Integer optionalCount(JsonObject o, String name) {
        Long value = StrictJson.optionalInteger(o, name, 0, Integer.MAX_VALUE);
        return value == null ? null : value.intValue();
    }

    private static LocalDate date(JsonObject o, String name) {
        String t = text(o, name);
        return t == null ? null : LocalDate.parse(t);
    }

    private static Integer level(JsonObject o, String name) {
        Long level = StrictJson.optionalInteger(o, name, 1, MAX_LEVEL);
        return level == null ? null : level.intValue();
    }

    private static Integer sharePercent(JsonObject o) {
        Long percent = StrictJson.optionalInteger(o, "minSharePercent", 1, 100);
        return percent == null ? null : percent.intValue();
    }

    private static TeamMember teamMember(RecordMeta meta, JsonObject o) {
        String phone = text(o, "phone");
        if (!TeamMember.isPhone(phone)) {
            throw new IllegalArgumentException("phone: " + phone);
        }
        return new TeamMember(meta, text(o, "name"), text(o, "role"), phone, date(o, "joinedOn"), date(o, "leftOn"));
    }

    private static Integer campaignYear(JsonObject o) {
        Long year = StrictJson.optionalInteger(o, "campaignYear", 2000, 2100);
        return year == null ? null : year.intValue();
    }

    private static <E extends Enum<E>> E enumOrNull(Class<E> type, String name) {
        return name == null ? null : Enum.valueOf(type, name);
    }
}
