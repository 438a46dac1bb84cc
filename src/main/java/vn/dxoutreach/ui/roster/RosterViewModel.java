package vn.dxoutreach.ui.roster;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import vn.dxoutreach.domain.TeamMember;
import vn.dxoutreach.domain.Unit;
import vn.dxoutreach.store.DataKind;
import vn.dxoutreach.store.Office;
import vn.dxoutreach.store.Store;
import vn.dxoutreach.store.StoreChange;
import vn.dxoutreach.store.TeamMemberRepository;
import vn.dxoutreach.text.Formats;
import vn.dxoutreach.text.Messages;
import vn.dxoutreach.ui.activity.OfficeUnits;

/**
 * Thành viên tổ: the members of the teams of the office's units, and how many teams and members are
 * active today. {@link #refresh} reads the store (off the FX thread); the getters hand out what it read.
 */
public final class RosterViewModel {

    /** What one read of the store found. */
    public record Snapshot(OfficeUnits units, List<TeamMember> members, TeamMemberRepository.Roster today) {
    }

    private final Store store;
    private final Messages messages;
    private volatile Snapshot snapshot;

    public RosterViewModel(Store store, Messages messages) {
        this.store = store;
        this.messages = messages;
    }

    /** Reads the office's units and their teams' members; call off the FX thread. */
    public Snapshot refresh() {
        Unit office = new Office(store).unit().orElse(null);
        if (office == null) {
            snapshot = null;
            return null;
        }
        OfficeUnits units = new OfficeUnits(store.units.tree(), office);
        Set<UUID> area = units.subtree(office.id());
        snapshot = new Snapshot(units, store.members.ofUnits(area), store.members.countAsOf(area, today()));
        return snapshot;
    }

    public Snapshot snapshot() {
        return snapshot;
    }

    /** "Đến ngày 05/10/2026: 3 tổ, 12 thành viên đang hoạt động." */
    public String summary() {
        Snapshot s = snapshot;
        return s == null ? "" : messages.get("roster.summary", Formats.date(today()), Formats.number(s.today().teams()),
                Formats.number(s.today().members()));
    }

    /** The member's unit as a list shows it. */
    public String unitName(TeamMember member) {
        Snapshot s = snapshot;
        return s == null ? "" : s.units().name(member.meta().unitId());
    }

    /** "Đang hoạt động" or "Đã rời tổ", as of today. */
    public String status(TeamMember member) {
        return messages.get(member.activeOn(today()) ? "roster.status.active"
                : member.joinedOn().isAfter(today()) ? "roster.status.future" : "roster.status.left");
    }

    /** Whether a change of the store alters what the roster shows. */
    public boolean shows(StoreChange change) {
        return change.touches(DataKind.TEAM_MEMBER, DataKind.UNIT);
    }

    private LocalDate today() {
        return LocalDate.now(store.clock());
    }
}
