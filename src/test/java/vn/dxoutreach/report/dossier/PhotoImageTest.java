package vn.dxoutreach.report.dossier;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PhotoImageTest {

    @TempDir
    Path folder;

    @Test
    void aPhotoTurnedAQuarterByExifIsShownUpright() throws Exception {
        Path photo = DossierFixture.copyResource("/photos/exif-dated.jpg", folder.resolve("a.jpg"));

        BufferedImage image = PhotoImage.load(photo, PhotoMetadata.read(photo).orientation()).orElseThrow();

        assertThat(image.getWidth()).isEqualTo(60);
        assertThat(image.getHeight()).isEqualTo(80);
    }

    @Test
    void aBigPhotoIsScaledToTheLongestSideAllowed() throws Exception {
        Path photo = DossierFixture.plainJpeg(folder.resolve("big.jpg"), 4000, 3000);

        BufferedImage image = PhotoImage.load(photo, 1).orElseThrow();

        assertThat(image.getWidth()).isEqualTo(PhotoImage.MAX_SIDE);
        assertThat(image.getHeight()).isEqualTo(PhotoImage.MAX_SIDE * 3 / 4);
    }

    @Test
    void everyOrientationGivesThePictureItsUprightShape() {
        BufferedImage wide = new BufferedImage(40, 30, BufferedImage.TYPE_INT_RGB);
        wide.setRGB(0, 0, 0xff0000);
        for (int orientation = 1; orientation <= 8; orientation++) {
            BufferedImage upright = PhotoImage.upright(wide, orientation);
            assertThat(upright.getWidth()).as("orientation %d", orientation).isEqualTo(orientation >= 5 ? 30 : 40);
        }
        // 6: a quarter turn clockwise takes the top-left pixel to the top-right corner
        assertThat(PhotoImage.upright(wide, 6).getRGB(29, 0) & 0xffffff).isEqualTo(0xff0000);
        // 8: a quarter turn anticlockwise takes it to the bottom-left corner
        assertThat(PhotoImage.upright(wide, 8).getRGB(0, 39) & 0xffffff).isEqualTo(0xff0000);
    }

    @Test
    void aFileJavaCannotDecodeGivesNoPicture() throws Exception {
        Path heicLike = Files.write(folder.resolve("a.heic"), new byte[] {0, 0, 0, 24, 'f', 't', 'y', 'p'});

        assertThat(PhotoImage.load(heicLike, 1)).isEmpty();
    }
}
