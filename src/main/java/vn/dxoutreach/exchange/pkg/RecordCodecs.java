package vn.dxoutreach.exchange.pkg;

import static vn.dxoutreach.exchange.pkg.JsonFields.count;
import static vn.dxoutreach.exchange.pkg.JsonFields.date;
import static vn.dxoutreach.exchange.pkg.JsonFields.level;
import static vn.dxoutreach.exchange.pkg.JsonFields.put;
import static vn.dxoutreach.exchange.pkg.JsonFields.text;
import static vn.dxoutreach.exchange.pkg.JsonFields.uuid;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
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
import vn.dxoutreach.domain.Evidence;
import vn.dxoutreach.domain.FormerParent;
import vn.dxoutreach.domain.Material;
import vn.dxoutreach.domain.Measure;
import vn.dxoutreach.domain.NewsItem;
import vn.dxoutreach.domain.OutreachEvent;
import vn.dxoutreach.domain.Plan;
import vn.dxoutreach.domain.Production;
import vn.dxoutreach.domain.ReportDeadline;
import vn.dxoutreach.domain.ReportType;
import vn.dxoutreach.domain.Scope;
import vn.dxoutreach.domain.Slogan;
import vn.dxoutreach.domain.Slot;
import vn.dxoutreach.domain.Target;
import vn.dxoutreach.domain.TargetFilter;
import vn.dxoutreach.domain.TeamMember;
import vn.dxoutreach.domain.TeamSession;
import vn.dxoutreach.domain.Unit;
import vn.dxoutreach.domain.UnitType;

/**
 * The codec of each record type a package carries. A field's JSON name is also how the conflict
 * screens label it ({@code ui.exchange.FieldLabels}), so a name means one thing across all types.
 * Fields added after a type first travelled are read as absent from older packages.
 */
final class RecordCodecs {

    /** An airing's longest airtime, as the broadcast form and the import allow. */
    static final int MAX_MINUTES = 600;
    static final long MAX_TARGET_VALUE = 1_000_000_000L;

    private RecordCodecs() {
    }

    static final RecordCodec<Unit> UNIT = new RecordCodec<>(Unit.class, (u, o) -> {
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
    }, (meta, o) -> {
        List<UUID> predecessors = new ArrayList<>();
        o.getAsJsonArray("predecessors").forEach(p -> predecessors.add(StrictJson.uuid(p.getAsString())));
        // packages made before units could move carry no former parents
        List<FormerParent> former = new ArrayList<>();
        if (o.has("formerParents")) {
            o.getAsJsonArray("formerParents").forEach(f -> former.add(new FormerParent(
                    uuid(f.getAsJsonObject(), "parentId"), date(f.getAsJsonObject(), "until"))));
        }
        return new Unit(meta, text(o, "code"), text(o, "name"),
                (int) StrictJson.integer(o, "level", 1, JsonFields.MAX_LEVEL), uuid(o, "parentId"),
                date(o, "validFrom"), date(o, "validTo"), predecessors, former,
                // packages made before organisations were units carry administrative units only
                o.has("unitType") ? UnitType.valueOf(text(o, "unitType")) : UnitType.ADMINISTRATIVE);
    });

    static final RecordCodec<Slogan> SLOGAN = new RecordCodec<>(Slogan.class, (s, o) -> {
        o.addProperty("text", s.text());
        o.addProperty("official", s.official());
        put(o, "campaignYear", s.campaignYear());
        o.addProperty("theme", s.theme());
    }, (meta, o) -> {
        // packages made before slogans had years lack both fields
        Long year = StrictJson.optionalInteger(o, "campaignYear", 2000, 2100);
        return new Slogan(meta, text(o, "text"), StrictJson.bool(o, "official"),
                year == null ? null : year.intValue(), o.has("theme") && StrictJson.bool(o, "theme"));
    });

    static final RecordCodec<ChoiceValue> CHOICE = new RecordCodec<>(ChoiceValue.class, (v, o) -> {
        o.addProperty("choiceList", v.list().name());
        o.addProperty("choiceValue", v.value());
    }, (meta, o) -> new ChoiceValue(meta, ChoiceList.valueOf(text(o, "choiceList")), text(o, "choiceValue")));

    static final RecordCodec<Plan> PLAN = new RecordCodec<>(Plan.class, (p, o) -> {
        o.addProperty("symbol", p.symbol());
        o.addProperty("title", p.title());
        o.addProperty("issuingBody", p.issuingBody());
        put(o, "issuedOn", p.issuedOn());
        put(o, "periodFrom", p.periodFrom());
        put(o, "periodTo", p.periodTo());
    }, (meta, o) -> new Plan(meta, text(o, "symbol"), text(o, "title"), text(o, "issuingBody"),
            date(o, "issuedOn"), date(o, "periodFrom"), date(o, "periodTo")));

    static final RecordCodec<Target> TARGET = new RecordCodec<>(Target.class, (t, o) -> {
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
    }, (meta, o) -> new Target(meta, uuid(o, "planId"), text(o, "code"), text(o, "name"),
            ActivityKind.valueOf(text(o, "kind")),
            new TargetFilter(StrictJson.bool(o, "newOnly"), level(o, "unitLevel"), text(o, "topic"),
                    JsonFields.enumOrNull(BannerKind.class, text(o, "bannerKind")), text(o, "sessionTopic"),
                    // packages made before the channel and type filters lack the field
                    o.has("choice") ? text(o, "choice") : null),
            Measure.valueOf(text(o, "measure")), Cadence.valueOf(text(o, "cadence")),
            StrictJson.integer(o, "value", 0, MAX_TARGET_VALUE), Scope.valueOf(text(o, "scope")),
            level(o, "scopeLevel"), date(o, "windowFrom"), date(o, "windowTo"),
            // packages made before windows could repeat lack the field
            o.has("repeatsYearly") && StrictJson.bool(o, "repeatsYearly"),
            // packages made before share-of-units targets lack both fields
            JsonFields.enumOrNull(UnitType.class, text(o, "scopeUnitType")), sharePercent(o)));

    static final RecordCodec<ReportDeadline> REPORT_DEADLINE = new RecordCodec<>(ReportDeadline.class, (d, o) -> {
        put(o, "planId", d.planId());
        o.addProperty("type", d.type().name());
        o.addProperty("name", d.name());
        put(o, "periodFrom", d.periodFrom());
        put(o, "periodTo", d.periodTo());
        put(o, "due", d.due());
        put(o, "submittedOn", d.submittedOn());
    }, (meta, o) -> new ReportDeadline(meta, uuid(o, "planId"), ReportType.valueOf(text(o, "type")),
            text(o, "name"), date(o, "periodFrom"), date(o, "periodTo"), date(o, "due"), date(o, "submittedOn")));

    static final RecordCodec<Broadcast> BROADCAST = new RecordCodec<>(Broadcast.class, (b, o) -> {
        put(o, "airedOn", b.airedOn());
        o.addProperty("slot", b.slot().name());
        o.addProperty("programTitle", b.programTitle());
        o.addProperty("production", b.production().name());
        o.addProperty("minutes", b.minutes());
        put(o, "topic", b.topic());
        put(o, "note", b.note());
        put(o, "recordedBy", b.recordedBy());
    }, (meta, o) -> new Broadcast(meta, date(o, "airedOn"), Slot.valueOf(text(o, "slot")),
            text(o, "programTitle"), Production.valueOf(text(o, "production")),
            (int) StrictJson.integer(o, "minutes", 1, MAX_MINUTES), text(o, "topic"), text(o, "note"),
            text(o, "recordedBy")));

    static final RecordCodec<Banner> BANNER = new RecordCodec<>(Banner.class, (b, o) -> {
        put(o, "hungOn", b.hungOn());
        put(o, "removedOn", b.removedOn());
        o.addProperty("kind", b.kind().name());
        o.addProperty("slogan", b.slogan());
        o.addProperty("quantity", b.quantity());
        put(o, "location", b.location());
        put(o, "note", b.note());
        put(o, "recordedBy", b.recordedBy());
    }, (meta, o) -> new Banner(meta, date(o, "hungOn"), date(o, "removedOn"), BannerKind.valueOf(text(o, "kind")),
            text(o, "slogan"), count(o, "quantity"), text(o, "location"), text(o, "note"), text(o, "recordedBy")));

    static final RecordCodec<TeamSession> TEAM_SESSION = new RecordCodec<>(TeamSession.class, (s, o) -> {
        put(o, "heldOn", s.heldOn());
        o.addProperty("supportTopic", s.supportTopic());
        o.addProperty("peopleHelped", s.peopleHelped());
        o.addProperty("appsInstalled", s.appsInstalled());
        put(o, "location", s.location());
        put(o, "note", s.note());
        put(o, "recordedBy", s.recordedBy());
    }, (meta, o) -> new TeamSession(meta, date(o, "heldOn"), text(o, "supportTopic"), count(o, "peopleHelped"),
            count(o, "appsInstalled"), text(o, "location"), text(o, "note"), text(o, "recordedBy")));

    static final RecordCodec<NewsItem> NEWS = new RecordCodec<>(NewsItem.class, (n, o) -> {
        put(o, "publishedOn", n.publishedOn());
        o.addProperty("headline", n.title());
        o.addProperty("channel", n.channel());
        put(o, "link", n.link());
        put(o, "views", n.views());
        put(o, "topic", n.topic());
        put(o, "note", n.note());
        put(o, "recordedBy", n.recordedBy());
    }, (meta, o) -> new NewsItem(meta, date(o, "publishedOn"), text(o, "headline"), text(o, "channel"),
            text(o, "link"), JsonFields.optionalCount(o, "views"), text(o, "topic"), text(o, "note"),
            text(o, "recordedBy")));

    static final RecordCodec<OutreachEvent> EVENT = new RecordCodec<>(OutreachEvent.class, (e, o) -> {
        put(o, "startsOn", e.startsOn());
        put(o, "endsOn", e.endsOn());
        o.addProperty("name", e.name());
        o.addProperty("eventType", e.type());
        put(o, "organiser", e.organiser());
        o.addProperty("participants", e.participants());
        put(o, "location", e.location());
        put(o, "note", e.note());
        put(o, "recordedBy", e.recordedBy());
    }, (meta, o) -> new OutreachEvent(meta, date(o, "startsOn"), date(o, "endsOn"), text(o, "name"),
            text(o, "eventType"), text(o, "organiser"), count(o, "participants"), text(o, "location"),
            text(o, "note"), text(o, "recordedBy")));

    static final RecordCodec<Material> MATERIAL = new RecordCodec<>(Material.class, (m, o) -> {
        put(o, "madeOn", m.madeOn());
        o.addProperty("materialType", m.type());
        o.addProperty("materialTitle", m.title());
        o.addProperty("quantity", m.quantity());
        put(o, "note", m.note());
        put(o, "recordedBy", m.recordedBy());
    }, (meta, o) -> new Material(meta, date(o, "madeOn"), text(o, "materialType"), text(o, "materialTitle"),
            JsonFields.atLeast(o, "quantity", 1), text(o, "note"), text(o, "recordedBy")));

    static final RecordCodec<TeamMember> TEAM_MEMBER = new RecordCodec<>(TeamMember.class, (m, o) -> {
        o.addProperty("name", m.name());
        o.addProperty("role", m.role());
        o.addProperty("phone", m.phone());
        put(o, "joinedOn", m.joinedOn());
        put(o, "leftOn", m.leftOn());
    }, (meta, o) -> {
        String phone = text(o, "phone");
        if (!TeamMember.isPhone(phone)) {
            throw new IllegalArgumentException("phone: " + phone);
        }
        return new TeamMember(meta, text(o, "name"), text(o, "role"), phone, date(o, "joinedOn"), date(o, "leftOn"));
    });

    static final RecordCodec<Evidence> EVIDENCE = new RecordCodec<>(Evidence.class, (e, o) -> {
        put(o, "recordId", e.recordId());
        o.addProperty("recordKind", e.recordKind().name());
        o.addProperty("sha256", e.sha256());
        o.addProperty("fileName", e.fileName());
        o.addProperty("mediaType", e.mediaType());
        o.addProperty("sizeBytes", e.sizeBytes());
    }, (meta, o) -> new Evidence(meta, uuid(o, "recordId"), ActivityKind.valueOf(text(o, "recordKind")),
            text(o, "sha256"), text(o, "fileName"), text(o, "mediaType"),
            StrictJson.integer(o, "sizeBytes", 0, Long.MAX_VALUE)));

    private static Integer sharePercent(JsonObject o) {
        Long percent = StrictJson.optionalInteger(o, "minSharePercent", 1, 100);
        return percent == null ? null : percent.intValue();
    }
}
