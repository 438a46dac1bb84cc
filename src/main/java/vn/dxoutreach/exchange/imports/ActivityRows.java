package vn.dxoutreach.exchange.imports;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
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

    KeyedMerge<Broadcast> broadcasts(SheetRows sheet, List<Broadcast> stored, Progress progress) {
        KeyedMerge<Broadcast> merge = merge(stored, b -> broadcastKey(b.meta().unitId(), b.airedOn(), b.slot(),
                b.programTitle()), Broadcast::meta, ActivityRows::withMeta);
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
                merge.offer(key, new Broadcast(KeyedMerge.PLACEHOLDER, day, slot, title, production,
                        minutes.intValue(), topic, note, recorder(row, merge.existing(key), Broadcast::recordedBy)),
                        UUID.randomUUID(), unit.id());
            }
        }
        return merge;
    }

    KeyedMerge<Banner> banners(SheetRows sheet, List<Banner> stored, Progress progress) {
        KeyedMerge<Banner> merge = merge(stored, b -> bannerKey(b.meta().unitId(), b.hungOn(), b.kind(), b.slogan(),
                b.location()), Banner::meta, ActivityRows::withMeta);
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
                merge.offer(key, new Banner(KeyedMerge.PLACEHOLDER, hung, removed, kind, slogan, quantity, location,
                        note, recorder(row, merge.existing(key), Banner::recordedBy)), UUID.randomUUID(), unit.id());
            }
        }
        return merge;
    }

    KeyedMerge<TeamSession> sessions(SheetRows sheet, List<TeamSession> stored, Progress progress) {
        KeyedMerge<TeamSession> merge = merge(stored, s -> sessionKey(s.meta().unitId(), s.heldOn(),
                s.supportTopic(), s.location()), TeamSession::meta, ActivityRows::withMeta);
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
                merge.offer(key, new TeamSession(KeyedMerge.PLACEHOLDER, day, topic, people, apps, location, note,
                        recorder(row, merge.existing(key), TeamSession::recordedBy)), UUID.randomUUID(), unit.id());
            }
        }
        return merge;
    }

    /**
     * The unit a row names, checked to exist and to lie within the office — below it, or merged into
     * it with the old records a commune formed by a merger keeps; null (noted) otherwise.
     */
    private Unit unit(RowValues row) {
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

    private <T> KeyedMerge<T> merge(List<T> stored, Function<T, String> key, Function<T, RecordMeta> meta,
            java.util.function.BiFunction<T, RecordMeta, T> withMeta) {
        Map<String, T> byKey = new HashMap<>();
        for (T record : stored) {
            byKey.putIfAbsent(key.apply(record), record);
        }
        return new KeyedMerge<>(byKey, meta, withMeta, now);
    }

    /**
     * Who entered a row's record: the file's "Người nhập liệu" when filled, otherwise the name the
     * record already has, so that re-importing a sheet without that column changes nothing.
     */
    private static <T> String recorder(RowValues row, T existing, Function<T, String> recordedBy) {
        String named = row.text("recorder");
        if (!named.isEmpty() || existing == null) {
            return named;
        }
        return recordedBy.apply(existing);
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

    /** Counts checked rows for the progress bar and stops when the user cancels. */
    interface Progress {
        void row();
    }
}
