package vn.dxoutreach.exchange.imports;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import vn.dxoutreach.domain.Banner;
import vn.dxoutreach.domain.BannerKind;
import vn.dxoutreach.domain.Broadcast;
import vn.dxoutreach.domain.Production;
import vn.dxoutreach.domain.RecordMeta;
import vn.dxoutreach.domain.Slot;
import vn.dxoutreach.domain.TeamSession;
import vn.dxoutreach.domain.Unit;
import vn.dxoutreach.domain.UnitTree;
import vn.dxoutreach.exchange.template.Folding;

/**
 * The PhatThanh, BangRon and ToCNSCD sheets. Each row names its unit by code; the unit must exist
 * (stored or in this import) and lie within the office's area: its subtree and the units merged
 * into it. Natural keys: broadcast = unit, date, slot, program title; banner = unit, date hung,
 * kind, slogan, location; session = unit, date, support topic, location.
 */
final class ActivityRows {

    static final int MAX_MINUTES = 600;
    static final int MAX_COUNT = 1_000_000;

    private final UnitRows units;
    /** The units whose records the office may hold: its subtree and the units merged into it; null: any. */
    private final Set<UUID> officeArea;
    private final Unit office;
    private final Problems problems;
    private final Instant now;

    ActivityRows(UnitRows units, Unit office, Problems problems, Instant now) {
        this.units = units;
        UnitTree tree = units.tree();
        this.officeArea = office == null ? null : tree.contributors(office.id());
        this.office = office;
        this.problems = problems;
        this.now = now;
    }

    static String broadcastKey(UUID unit, LocalDate day, Slot slot, String title) {
        return unit + "|" + day + "|" + slot + "|" + Folding.keyPart(title);
    }

    static String bannerKey(UUID unit, LocalDate hung, BannerKind kind, String slogan, String location) {
        return unit + "|" + hung + "|" + kind + "|" + Folding.keyPart(slogan) + "|" + Folding.keyPart(location);
    }

    static String sessionKey(UUID unit, LocalDate day, String topic, String location) {
        return unit + "|" + day + "|" + Folding.keyPart(topic) + "|" + Folding.keyPart(location);
    }

    KeyedMerge<Broadcast> broadcasts(SheetRows sheet, Stored<Broadcast> stored, Progress progress) {
        PendingRows<Broadcast> merge = new PendingRows<>(now, b -> broadcastKey(b.meta().unitId(), b.airedOn(), b.slot(),
                b.programTitle()), Broadcast::meta, ActivityRows::withMeta, Broadcast::recordedBy,
                Broadcast::withRecordedBy);
        for (RowValues row : sheet.rows(problems)) {
            progress.row();
            LocalDate day = row.date("date");
            Unit unit = unit(row);
            String title = row.text("title");
            Production production = row.choice("production", Production.class);
            Long minutes = row.number("minutes", 1, MAX_MINUTES);
            Slot slot = row.choice("slot", Slot.class);
            String topic = row.text("topic");
            String note = row.text("note");
            if (!row.ok()) {
                continue;
            }
            String key = broadcastKey(unit.id(), day, slot, title);
            if (!merge.isDuplicate(key, row)) {
                merge.add(key, new Broadcast(KeyedMerge.PLACEHOLDER, day, slot, title, production,
                        minutes.intValue(), topic, note, row.text("recorder")), unit.id(), day);
            }
        }
        return merge.matched(stored);
    }

    KeyedMerge<Banner> banners(SheetRows sheet, Stored<Banner> stored, Progress progress) {
        PendingRows<Banner> merge = new PendingRows<>(now, b -> bannerKey(b.meta().unitId(), b.hungOn(), b.kind(), b.slogan(),
                b.location()), Banner::meta, ActivityRows::withMeta, Banner::recordedBy, Banner::withRecordedBy);
        for (RowValues row : sheet.rows(problems)) {
            progress.row();
            LocalDate hung = row.date("hungOn");
            LocalDate removed = row.date("removedOn");
            Unit unit = unit(row);
            BannerKind kind = row.choice("kind", BannerKind.class);
            String slogan = row.text("slogan");
            int quantity = row.count("quantity", MAX_COUNT);
            String location = row.text("location");
            String note = row.text("note");
            if (hung != null && removed != null && removed.isBefore(hung)) {
                row.problem("removedOn", row.text("removedOn"), "data.problem.dateOrder");
            }
            if (!row.ok()) {
                continue;
            }
            String key = bannerKey(unit.id(), hung, kind, slogan, location);
            if (!merge.isDuplicate(key, row)) {
                merge.add(key, new Banner(KeyedMerge.PLACEHOLDER, hung, removed, kind, slogan, quantity, location,
                        note, row.text("recorder")), unit.id(), hung);
            }
        }
        return merge.matched(stored);
    }

    KeyedMerge<TeamSession> sessions(SheetRows sheet, Stored<TeamSession> stored, Progress progress) {
        PendingRows<TeamSession> merge = new PendingRows<>(now, s -> sessionKey(s.meta().unitId(), s.heldOn(),
                s.supportTopic(), s.location()), TeamSession::meta, ActivityRows::withMeta, TeamSession::recordedBy,
                TeamSession::withRecordedBy);
        for (RowValues row : sheet.rows(problems)) {
            progress.row();
            LocalDate day = row.date("date");
            Unit unit = unit(row);
            String topic = row.text("topic");
            int people = row.count("people", MAX_COUNT);
            int apps = row.count("apps", MAX_COUNT);
            String location = row.text("location");
            String note = row.text("note");
            if (!row.ok()) {
                continue;
            }
            String key = sessionKey(unit.id(), day, topic, location);
            if (!merge.isDuplicate(key, row)) {
                merge.add(key, new TeamSession(KeyedMerge.PLACEHOLDER, day, topic, people, apps, location, note,
                        row.text("recorder")), unit.id(), day);
            }
        }
        return merge.matched(stored);
    }

    /**
     * The unit a row names, checked to exist and to lie within the office — below it, or merged into
     * it with the old records a commune formed by a merger keeps; null (noted) otherwise.
     */
    Unit unit(RowValues row) {
        String code = row.text("unit");
        if (code.isEmpty()) {
            return null;
        }
        Unit unit = units.byCode(code);
        if (unit == null) {
            row.problem("unit", code, "data.problem.unknownUnit");
            return null;
        }
        if (officeArea != null && !officeArea.contains(unit.id())) {
            row.problem("unit", code, "data.problem.outsideOffice", office.name());
            return null;
        }
        return unit;
    }

    static Broadcast withMeta(Broadcast b, RecordMeta meta) {
        return b.withMeta(meta);
    }

    static Banner withMeta(Banner b, RecordMeta meta) {
        return b.withMeta(meta);
    }

    static TeamSession withMeta(TeamSession s, RecordMeta meta) {
        return s.withMeta(meta);
    }

    /** The stored records of some units on some days, handed over one at a time. */
    interface Stored<T> {
        void forEachLiveOn(Map<UUID, Set<LocalDate>> unitDays, Consumer<T> consumer);
    }

    /** Counts checked rows for the progress bar and stops when the user cancels. */
    interface Progress {
        void row();
    }
}
