package vn.dxoutreach.ui.welcome;

import java.util.List;
import vn.dxoutreach.domain.OfficeProfile;
import vn.dxoutreach.text.Messages;

/**
 * The heading an office's documents get from its unit until it is typed: "UBND XÃ AN HÒA" /
 * "PHÒNG VĂN HÓA - XÃ HỘI" / "An Hòa" for Xã An Hòa; a province's department for a province.
 */
final class OfficeHeading {

    /** The level of a province in both schemes; any other office is headed like a commune's. */
    static final int PROVINCE_LEVEL = 1;

    private final Messages messages;

    OfficeHeading(Messages messages) {
        this.messages = messages;
    }

    /** "UBND XÃ AN HÒA" for "Xã An Hòa"; blank while the unit has no name. */
    String parentBody(String unitName) {
        String name = unitName.strip();
        return name.isEmpty() ? "" : messages.get("welcome.header.parentBody.default",
                name.toUpperCase(messages.locale()));
    }

    /** The commune's Phòng Văn hóa - Xã hội, or the province's Sở Văn hóa, Thể thao và Du lịch. */
    String issuingBody(int level) {
        return messages.get(level == PROVINCE_LEVEL ? "welcome.header.issuingBody.province"
                : "welcome.header.issuingBody.commune");
    }

    /** The unit's name without its level's name in front: "An Hòa" for "Xã An Hòa". */
    String place(String unitName, String levelName) {
        String name = unitName.strip();
        if (!levelName.isEmpty() && name.length() > levelName.length()
                && name.regionMatches(true, 0, levelName + " ", 0, levelName.length() + 1)) {
            return name.substring(levelName.length()).strip();
        }
        return name;
    }

    /** The whole suggested profile of a unit (no symbol, signatory or recipients: those are the office's to type). */
    OfficeProfile profile(String unitName, int level, String levelName) {
        return new OfficeProfile(parentBody(unitName), issuingBody(level), "", place(unitName, levelName), "", "",
                List.of());
    }
}
