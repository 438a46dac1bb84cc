package vn.dxoutreach.exchange.imports;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import vn.dxoutreach.domain.RecordMeta;
import vn.dxoutreach.domain.TeamMember;
import vn.dxoutreach.domain.Unit;
import vn.dxoutreach.exchange.template.Folding;

/**
 * The ToCNSCD_ThanhVien sheet: the members of the units' community digital-technology teams. The unit
 * is checked as an activity's is (known, within the office's area); natural key: unit, name, date
 * joined. A member leaves on or after joining; a phone number has digits, spaces and "+" only.
 */
final class TeamMemberRows {

    private final Problems problems;
    private final KeyedMerge<TeamMember> merge;

    TeamMemberRows(List<TeamMember> stored, Problems problems, Instant now) {
        this.problems = problems;
        Map<String, TeamMember> byKey = new HashMap<>();
        for (TeamMember m : stored) {
            byKey.putIfAbsent(key(m.meta().unitId(), m.name(), m.joinedOn()), m);
        }
        merge = new KeyedMerge<>(byKey, TeamMember::meta, TeamMemberRows::withMeta, now);
    }

    static String key(UUID unit, String name, LocalDate joined) {
        return unit + "|" + Folding.keyPart(name) + "|" + joined;
    }

    /** Checks the sheet's rows (null: the import has none), naming units through {@code activities}. */
    void check(SheetRows sheet, ActivityRows activities) {
        if (sheet == null) {
            return;
        }
        for (RowValues row : sheet.rows(problems)) {
            Unit unit = activities.unit(row);
            String name = row.text("name");
            String role = row.text("role");
            String phone = row.text("phone");
            LocalDate joined = row.date("joinedOn");
            LocalDate left = row.date("leftOn");
            if (!TeamMember.isPhone(phone)) {
                row.problem("phone", phone, "data.problem.phone");
            }
            if (joined != null && left != null && left.isBefore(joined)) {
                row.problem("leftOn", row.text("leftOn"), "data.problem.dateOrder");
            }
            if (unit == null || !row.ok()) {
                continue;
            }
            String key = key(unit.id(), name, joined);
            if (!merge.isDuplicate(key, row)) {
                merge.offer(key, new TeamMember(KeyedMerge.PLACEHOLDER, name, role, phone, joined, left),
                        UUID.randomUUID(), unit.id());
            }
        }
    }

    List<TeamMember> toWrite() {
        return merge.toWrite();
    }

    SheetCounts counts(String sheet) {
        return merge.counts(sheet);
    }

    private static TeamMember withMeta(TeamMember m, RecordMeta meta) {
        return m.withMeta(meta);
    }
}
