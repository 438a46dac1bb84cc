package vn.dxoutreach.report.dossier;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PhotoMetadataTest {

    @TempDir
    Path folder;

    @Test
    void readsTheOriginalDateThePlaceAndTheOrientation() throws Exception {
        Path photo = DossierFixture.copyResource("/photos/exif-dated.jpg", folder.resolve("a.jpg"));

        PhotoMetadata exif = PhotoMetadata.read(photo);

        assertThat(exif.takenAt()).isEqualTo(LocalDateTime.of(2026, 10, 5, 8, 30));
        assertThat(exif.latitude()).isCloseTo(21.0285, org.assertj.core.data.Offset.offset(1e-4));
        assertThat(exif.longitude()).isCloseTo(105.8542, org.assertj.core.data.Offset.offset(1e-4));
        assertThat(exif.orientation()).isEqualTo(6);
    }

    @Test
    void aPhotoMoreThanThreeDaysFromItsRecordIsFarAndOneWithinThreeIsNot() {
        PhotoMetadata exif = new PhotoMetadata(LocalDateTime.of(2026, 10, 5, 23, 0), null, null, 1);

        assertThat(exif.farFrom(LocalDate.of(2026, 10, 8))).isFalse();
        assertThat(exif.farFrom(LocalDate.of(2026, 10, 2))).isFalse();
        assertThat(exif.farFrom(LocalDate.of(2026, 10, 9))).isTrue();
        assertThat(exif.farFrom(LocalDate.of(2026, 10, 1))).isTrue();
    }

    @Test
    void aPhotoWithoutExifHasNoDateAndIsNotFlagged() throws Exception {
        Path photo = DossierFixture.plainJpeg(folder.resolve("plain.jpg"), 40, 30);

        PhotoMetadata exif = PhotoMetadata.read(photo);

        assertThat(exif.takenAt()).isNull();
        assertThat(exif.hasPlace()).isFalse();
        assertThat(exif.farFrom(LocalDate.of(2000, 1, 1))).isFalse();
    }

    @Test
    void aFileThatIsNoImageCarriesNothing() throws Exception {
        Path text = Files.writeString(folder.resolve("note.jpg"), "not a photo");

        assertThat(PhotoMetadata.read(text)).isEqualTo(PhotoMetadata.NONE);
        assertThat(PhotoMetadata.read(folder.resolve("missing.jpg"))).isEqualTo(PhotoMetadata.NONE);
    }
}
