package vn.dxoutreach.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import vn.dxoutreach.domain.ActivityKind;
import vn.dxoutreach.report.dossier.PhotoMetadata;

/** The drawn photos of the sample district: real JPEGs with their EXIF date, the same for the same seed. */
class SamplePhotosTest {

    private static SamplePhotos.Scene scene(ActivityKind kind, long seed) {
        return new SamplePhotos.Scene(kind, "CHÀO MỪNG NGÀY CHUYỂN ĐỔI SỐ QUỐC GIA 10/10",
                "Xã An Bình – Trụ sở UBND xã – 05/10/2026", "ẢNH MẪU", TAKEN, seed);
    }

    private static final LocalDateTime TAKEN = LocalDateTime.of(2026, 10, 5, 8, 45, 12);

    @TempDir
    Path folder;

    @ParameterizedTest
    @EnumSource(ActivityKind.class)
    void eachPhotoSaysWhenItWasTakenAsACameraDoes(ActivityKind kind) throws Exception {
        Path photo = Files.write(folder.resolve(kind + ".jpg"), SamplePhotos.jpeg(scene(kind, 7)));

        assertThat(PhotoMetadata.read(photo).takenAt()).isEqualTo(TAKEN);
    }

    @ParameterizedTest
    @EnumSource(ActivityKind.class)
    void eachSceneIsAJpegThatJavaReadsBack(ActivityKind kind) throws Exception {
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(SamplePhotos.jpeg(scene(kind, 7))));

        assertThat(image.getWidth()).isEqualTo(SamplePhotos.WIDTH);
        assertThat(image.getHeight()).isEqualTo(SamplePhotos.HEIGHT);
    }

    @ParameterizedTest
    @EnumSource(ActivityKind.class)
    void theSameSeedDrawsTheSamePicture(ActivityKind kind) throws Exception {
        assertThat(SamplePhotos.jpeg(scene(kind, 7))).isEqualTo(SamplePhotos.jpeg(scene(kind, 7)))
                .isNotEqualTo(SamplePhotos.jpeg(scene(kind, 8)));
    }
}
