package vn.dxoutreach.report.dossier;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.dxoutreach.domain.ActivityKind;
import vn.dxoutreach.domain.Evidence;
import vn.dxoutreach.domain.RecordMeta;
import vn.dxoutreach.text.Messages;

class DossierTextTest {

    private final DossierText text = new DossierText(Messages.vietnamese());

    @Test
    void aPlaceIsWrittenInDegreesWithVietnameseCompassLetters() {
        assertThat(text.place(21.0285, 105.8542)).isEqualTo("21,0285° B, 105,8542° Đ");
        assertThat(text.place(-33.8688, -70.5)).isEqualTo("33,8688° N, 70,5° T");
    }

    @Test
    void theTakenLineSaysWhenAndWhereOrThatThePhotoHasNoDate() {
        assertThat(text.taken(new PhotoMetadata(LocalDateTime.of(2026, 10, 5, 8, 30), 21.0285, 105.8542, 1)))
                .isEqualTo("Ngày chụp: 05/10/2026 08:30, tại 21,0285° B, 105,8542° Đ");
        assertThat(text.taken(PhotoMetadata.NONE)).isEqualTo("Không có ngày chụp");
    }

    @Test
    void aHashIsWrittenInGroupsOfEight() {
        String sha = "0123456789abcdef".repeat(4);

        assertThat(DossierText.hash(evidence(sha, "a.pdf", "application/pdf")))
                .isEqualTo("01234567 89abcdef 01234567 89abcdef 01234567 89abcdef 01234567 89abcdef");
    }

    @Test
    void aRecordsEvidenceIsCountedOrSaidToBeMissing() {
        Evidence photo = evidence("a".repeat(64), "a.jpg", "image/jpeg");
        Evidence audio = evidence("b".repeat(64), "b.mp3", "audio/mpeg");
        DossierContent.Photo p = new DossierContent.Photo(photo, Path.of("a"), PhotoMetadata.NONE);

        assertThat(text.evidence(entry(List.of(p, p), List.of(audio)))).isEqualTo("2 ảnh, 1 tệp");
        assertThat(text.evidence(entry(List.of(), List.of(audio)))).isEqualTo("1 tệp");
        assertThat(text.evidence(entry(List.of(), List.of()))).isEqualTo("Chưa có minh chứng");
    }

    private static DossierContent.Entry entry(List<DossierContent.Photo> photos, List<Evidence> files) {
        return new DossierContent.Entry(ActivityKind.BROADCAST, LocalDate.of(2026, 10, 5), "Xã An Phú", "Bản tin",
                "", photos, files);
    }

    private static Evidence evidence(String sha, String name, String type) {
        return new Evidence(RecordMeta.fresh(UUID.randomUUID(), java.time.Instant.EPOCH), UUID.randomUUID(),
                ActivityKind.BROADCAST, sha, name, type, 100);
    }
}
