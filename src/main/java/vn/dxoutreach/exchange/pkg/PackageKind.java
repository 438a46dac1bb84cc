package vn.dxoutreach.exchange.pkg;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;
import vn.dxoutreach.domain.ActivityKind;
import vn.dxoutreach.domain.RecordMeta;
import vn.dxoutreach.domain.StoredRecord;
import vn.dxoutreach.store.RecordRepository;
import vn.dxoutreach.store.Store;

/**
 * The record types a package carries, each as one entry {@code records/<name>.jsonl}, in the order
 * they are merged (units before the plans and activities that name them). Each is one definition:
 * its entry, whether it travels down, its JSON codec, the store's repository, the activity kind it
 * holds (if any) and its label; the writer, reader, merger and authority dispatch on it.
 */
enum PackageKind {
    UNIT("unit", true, RecordCodecs.UNIT, s -> s.units, null, "exchange.kind.unit"),
    SLOGAN("slogan", true, RecordCodecs.SLOGAN, s -> s.slogans, null, "exchange.kind.slogan"),
    CHOICE("choice_value", true, RecordCodecs.CHOICE, s -> s.choices, null, "exchange.kind.choice"),
    PLAN("plan", true, RecordCodecs.PLAN, s -> s.plans, null, "exchange.kind.plan"),
    TARGET("target", true, RecordCodecs.TARGET, s -> s.targets, null, "exchange.kind.target"),
    REPORT_DEADLINE("report_deadline", true, RecordCodecs.REPORT_DEADLINE, s -> s.deadlines, null,
            "exchange.kind.deadline"),
    BROADCAST("broadcast", false, RecordCodecs.BROADCAST, s -> s.broadcasts, ActivityKind.BROADCAST,
            "exchange.kind.broadcast"),
    BANNER("banner", false, RecordCodecs.BANNER, s -> s.banners, ActivityKind.BANNER, "exchange.kind.banner"),
    TEAM_SESSION("team_session", false, RecordCodecs.TEAM_SESSION, s -> s.sessions, ActivityKind.TEAM_SESSION,
            "exchange.kind.session"),
    NEWS("news_item", false, RecordCodecs.NEWS, s -> s.news, ActivityKind.NEWS, "exchange.kind.news"),
    EVENT("outreach_event", false, RecordCodecs.EVENT, s -> s.events, ActivityKind.EVENT, "exchange.kind.event"),
    MATERIAL("material", false, RecordCodecs.MATERIAL, s -> s.materials, ActivityKind.MATERIAL,
            "exchange.kind.material"),
    TEAM_MEMBER("team_member", false, RecordCodecs.TEAM_MEMBER, s -> s.members, null, "exchange.kind.member"),
    EVIDENCE("evidence", false, RecordCodecs.EVIDENCE, s -> s.evidence, null, "exchange.kind.evidence");

    private static final Map<Class<?>, PackageKind> BY_TYPE = new HashMap<>();
    private static final Map<ActivityKind, PackageKind> BY_ACTIVITY = new HashMap<>();

    static {
        for (PackageKind kind : values()) {
            BY_TYPE.put(kind.codec.type(), kind);
            if (kind.activityKind != null) {
                BY_ACTIVITY.put(kind.activityKind, kind);
            }
        }
        if (BY_ACTIVITY.size() != ActivityKind.values().length) {
            throw new IllegalStateException("an activity kind travels in no package entry");
        }
    }

    private final String entryName;
    private final boolean travelsDown;
    private final RecordCodec<?> codec;
    private final Function<Store, RecordRepository<?>> repository;
    private final ActivityKind activityKind;
    private final String labelKey;

    PackageKind(String entryName, boolean travelsDown, RecordCodec<?> codec,
            Function<Store, RecordRepository<?>> repository, ActivityKind activityKind, String labelKey) {
        this.entryName = entryName;
        this.travelsDown = travelsDown;
        this.codec = codec;
        this.repository = repository;
        this.activityKind = activityKind;
        this.labelKey = labelKey;
    }

    String entry() {
        return "records/" + entryName + ".jsonl";
    }

    /** Whether a district sends it down to its communes (the plan and its deadlines, the unit tree, the slogans, the lists). */
    boolean travelsDown() {
        return travelsDown;
    }

    RecordCodec<?> codec() {
        return codec;
    }

    /** The store's repository of the kind. */
    RecordRepository<?> repository(Store store) {
        return repository.apply(store);
    }

    /** The kind of activity its records are; null for reference data and evidence. */
    ActivityKind activityKind() {
        return activityKind;
    }

    /** The bundle key naming the kind, e.g. "Phát thanh". */
    String labelKey() {
        return labelKey;
    }

    /** The kind a record travels as. */
    static PackageKind of(StoredRecord record) {
        PackageKind kind = BY_TYPE.get(record.getClass());
        if (kind == null) {
            throw new IllegalArgumentException("Not a record a package carries: " + record);
        }
        return kind;
    }

    /** The entry carrying an activity kind. */
    static PackageKind of(ActivityKind kind) {
        return BY_ACTIVITY.get(kind);
    }

    static RecordMeta metaOf(StoredRecord record) {
        return record.meta();
    }
}
