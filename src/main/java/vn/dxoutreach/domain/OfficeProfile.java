package vn.dxoutreach.domain;

import java.util.List;
import java.util.Objects;

/**
 * How the office names itself on the documents it prints (Decree 30/2020/NĐ-CP layout). Every
 * field is free text typed by the user, because issuing bodies and recipients changed with the
 * 2025 reform and differ between provinces; blank means "not set".
 *
 * @param parentBody     the governing body, first line top left, e.g. "UBND XÃ AN HÒA"
 * @param issuingBody    the issuing body as printed, e.g. "PHÒNG VĂN HÓA - XÃ HỘI"
 * @param symbolSuffix   what follows the number in "Số: …/BC-UBND", e.g. "BC-UBND"
 * @param place          place name of the date line, e.g. "An Hòa" in "An Hòa, ngày … tháng … năm …"
 * @param signatoryTitle title above the signature, e.g. "TRƯỞNG PHÒNG"
 * @param signatoryName  name below the signature
 * @param recipients     default "Nơi nhận:" lines, in order
 */
public record OfficeProfile(
        String parentBody,
        String issuingBody,
        String symbolSuffix,
        String place,
        String signatoryTitle,
        String signatoryName,
        List<String> recipients) {

    /** A profile with nothing filled in. */
    public static final OfficeProfile EMPTY = new OfficeProfile("", "", "", "", "", "", List.of());

    public OfficeProfile {
        parentBody = Objects.requireNonNullElse(parentBody, "");
        issuingBody = Objects.requireNonNullElse(issuingBody, "");
        symbolSuffix = Objects.requireNonNullElse(symbolSuffix, "");
        place = Objects.requireNonNullElse(place, "");
        signatoryTitle = Objects.requireNonNullElse(signatoryTitle, "");
        signatoryName = Objects.requireNonNullElse(signatoryName, "");
        recipients = recipients == null ? List.of() : List.copyOf(recipients);
    }
}
