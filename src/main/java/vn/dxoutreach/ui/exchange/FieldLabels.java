package vn.dxoutreach.ui.exchange;

import java.util.Map;

/** The bundle key of each field a package carries, for the side-by-side view of two versions. */
final class FieldLabels {

    private static final Map<String, String> KEYS = Map.ofEntries(
            Map.entry("unitId", "exchange.field.unitId"),
            Map.entry("deleted", "exchange.field.deleted"),
            Map.entry("code", "exchange.field.code"),
            Map.entry("name", "exchange.field.name"),
            Map.entry("level", "exchange.field.level"),
            Map.entry("parentId", "exchange.field.parentId"),
            Map.entry("validFrom", "exchange.field.validFrom"),
            Map.entry("validTo", "exchange.field.validTo"),
            Map.entry("predecessors", "exchange.field.predecessors"),
            Map.entry("formerParents", "exchange.field.formerParents"),
            Map.entry("symbol", "exchange.field.symbol"),
            Map.entry("title", "exchange.field.title"),
            Map.entry("issuingBody", "exchange.field.issuingBody"),
            Map.entry("issuedOn", "exchange.field.issuedOn"),
            Map.entry("periodFrom", "exchange.field.periodFrom"),
            Map.entry("periodTo", "exchange.field.periodTo"),
            Map.entry("planId", "exchange.field.planId"),
            Map.entry("kind", "exchange.field.kind"),
            Map.entry("newOnly", "exchange.field.newOnly"),
            Map.entry("unitLevel", "exchange.field.unitLevel"),
            Map.entry("topic", "exchange.field.topic"),
            Map.entry("bannerKind", "exchange.field.bannerKind"),
            Map.entry("sessionTopic", "exchange.field.sessionTopic"),
            Map.entry("choice", "exchange.field.choice"),
            Map.entry("measure", "exchange.field.measure"),
            Map.entry("cadence", "exchange.field.cadence"),
            Map.entry("value", "exchange.field.value"),
            Map.entry("scope", "exchange.field.scope"),
            Map.entry("scopeLevel", "exchange.field.scopeLevel"),
            Map.entry("windowFrom", "exchange.field.windowFrom"),
            Map.entry("windowTo", "exchange.field.windowTo"),
            Map.entry("repeatsYearly", "exchange.field.repeatsYearly"),
            Map.entry("campaignYear", "exchange.field.campaignYear"),
            Map.entry("theme", "exchange.field.theme"),
            Map.entry("airedOn", "exchange.field.airedOn"),
            Map.entry("slot", "exchange.field.slot"),
            Map.entry("programTitle", "exchange.field.programTitle"),
            Map.entry("production", "exchange.field.production"),
            Map.entry("minutes", "exchange.field.minutes"),
            Map.entry("note", "exchange.field.note"),
            Map.entry("recordedBy", "exchange.field.recordedBy"),
            Map.entry("type", "exchange.field.reportType"),
            Map.entry("due", "exchange.field.due"),
            Map.entry("submittedOn", "exchange.field.submittedOn"),
            Map.entry("hungOn", "exchange.field.hungOn"),
            Map.entry("removedOn", "exchange.field.removedOn"),
            Map.entry("slogan", "exchange.field.slogan"),
            Map.entry("quantity", "exchange.field.quantity"),
            Map.entry("location", "exchange.field.location"),
            Map.entry("heldOn", "exchange.field.heldOn"),
            Map.entry("supportTopic", "exchange.field.supportTopic"),
            Map.entry("peopleHelped", "exchange.field.peopleHelped"),
            Map.entry("appsInstalled", "exchange.field.appsInstalled"),
            Map.entry("recordId", "exchange.field.recordId"),
            Map.entry("recordKind", "exchange.field.recordKind"),
            Map.entry("sha256", "exchange.field.sha256"),
            Map.entry("fileName", "exchange.field.fileName"),
            Map.entry("mediaType", "exchange.field.mediaType"),
            Map.entry("sizeBytes", "exchange.field.sizeBytes"),
            Map.entry("text", "exchange.field.text"),
            Map.entry("official", "exchange.field.official"),
            Map.entry("publishedOn", "exchange.field.publishedOn"),
            Map.entry("headline", "exchange.field.headline"),
            Map.entry("channel", "exchange.field.channel"),
            Map.entry("link", "exchange.field.link"),
            Map.entry("views", "exchange.field.views"),
            Map.entry("startsOn", "exchange.field.startsOn"),
            Map.entry("endsOn", "exchange.field.endsOn"),
            Map.entry("eventType", "exchange.field.eventType"),
            Map.entry("organiser", "exchange.field.organiser"),
            Map.entry("participants", "exchange.field.participants"),
            Map.entry("madeOn", "exchange.field.madeOn"),
            Map.entry("materialType", "exchange.field.materialType"),
            Map.entry("materialTitle", "exchange.field.materialTitle"),
            Map.entry("choiceList", "exchange.field.choiceList"),
            Map.entry("choiceValue", "exchange.field.choiceValue"));

    private FieldLabels() {
    }

    /** The key of the field's label; a field of a newer package version shows under its own name. */
    static String keyOf(String field) {
        return KEYS.get(field);
    }
}
