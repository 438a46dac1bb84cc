package vn.dxoutreach.domain;

import java.time.LocalDate;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A member of a unit's community digital-technology team (thành viên Tổ công nghệ số cộng đồng): the
 * unit of {@link RecordMeta#unitId()} is the team's. A unit has a team on a day when at least one of
 * its members is active then.
 *
 * @param phone    blank when not known; digits, spaces and "+" only
 * @param joinedOn the first day in the team
 * @param leftOn   the last day in the team; null while still a member
 */
public record TeamMember(
        RecordMeta meta,
        String name,
        String role,
        String phone,
        LocalDate joinedOn,
        LocalDate leftOn) implements StoredRecord {

    private static final Pattern PHONE = Pattern.compile("[0-9 +]*");

    public TeamMember {
        Objects.requireNonNull(meta, "meta");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(joinedOn, "joinedOn");
        role = role == null ? "" : role;
        phone = phone == null ? "" : phone;
        if (leftOn != null && leftOn.isBefore(joinedOn)) {
            throw new IllegalArgumentException("left before joining: " + leftOn + " < " + joinedOn);
        }
    }

    /** Whether a phone number is written with digits, spaces and "+" only (blank is allowed). */
    public static boolean isPhone(String text) {
        return text == null || PHONE.matcher(text).matches();
    }

    /** Whether the member is in the team on the day. */
    public boolean activeOn(LocalDate day) {
        return !day.isBefore(joinedOn) && (leftOn == null || !day.isAfter(leftOn));
    }

    @Override
    public TeamMember withMeta(RecordMeta newMeta) {
        return new TeamMember(newMeta, name, role, phone, joinedOn, leftOn);
    }

    /** The same member leaving the team on the day (null: still a member). */
    public TeamMember leavingOn(LocalDate day) {
        return new TeamMember(meta, name, role, phone, joinedOn, day);
    }
}
