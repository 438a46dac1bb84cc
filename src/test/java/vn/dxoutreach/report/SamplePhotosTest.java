package vn.dxoutreach.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import javax.imageio.ImageIO;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import vn.dxoutreach.domain.ActivityKind;

/** The drawn photos of the sample district: real JPEGs, the same for the same seed. */
class SamplePhotosTest {

    private static SamplePhotos.Scene scene(ActivityKind kind, long seed) {
        return new SamplePhotos.Scene(kind, "CHÀO MỪNG NGÀY CHUYỂN ĐỔI SỐ QUỐC GIA 10/10",
                "Xã An Bình – Trụ sở UBND xã – 05/10/2026", "ẢNH MẪU", seed);
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
