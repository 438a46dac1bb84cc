package vn.dxoutreach.report;

import java.time.LocalDate;
import java.util.Locale;
import vn.dxoutreach.domain.OfficeProfile;
import vn.dxoutreach.domain.Unit;

/**
 * The parts of a Decree 30/2020 document that name the office: the bodies top left, the place of
 * the date line and the signatory. Blank profile fields fall back to the office unit's name.
 */
public record Letterhead(String parentBody, String issuingBody, String place, String signatoryTitle,
        String signatoryName, LocalDate printedOn) {

    public static Letterhead of(OfficeProfile profile, Unit office, LocalDate printedOn) {
        String issuing = profile.issuingBody().isBlank() ? office.name() : profile.issuingBody();
        String place = profile.place().isBlank() ? "…" : profile.place();
        return new Letterhead(profile.parentBody().toUpperCase(Locale.forLanguageTag("vi")),
                issuing.toUpperCase(Locale.forLanguageTag("vi")), place, profile.signatoryTitle(),
                profile.signatoryName(), printedOn);
    }
}
