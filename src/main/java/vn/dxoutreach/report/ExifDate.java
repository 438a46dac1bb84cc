package vn.dxoutreach.report;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

/**
 * Writes the day and time a photo was taken into a JPEG, as a camera does: an EXIF segment (APP1)
 * with DateTimeOriginal. ImageIO's JPEG writer has no EXIF support of its own, and one tag needs no
 * library: a little-endian TIFF header, IFD0 pointing at the EXIF IFD, and the date text.
 */
final class ExifDate {

    private static final DateTimeFormatter EXIF_TIME = DateTimeFormatter.ofPattern("yyyy:MM:dd HH:mm:ss");
    private static final int TAG_EXIF_IFD = 0x8769;
    private static final int TAG_DATE_TIME_ORIGINAL = 0x9003;
    private static final short TYPE_ASCII = 2;
    private static final short TYPE_LONG = 4;
    /** TIFF header (8) + IFD0 with one entry (18) + EXIF IFD with one entry (18). */
    private static final int EXIF_IFD_OFFSET = 8 + 18;
    private static final int DATE_OFFSET = EXIF_IFD_OFFSET + 18;

    private ExifDate() {
    }

    /** The JPEG with an EXIF segment saying it was taken at {@code taken}, placed after its JFIF header. */
    static byte[] insert(byte[] jpeg, LocalDateTime taken) {
        if (jpeg.length < 4 || (jpeg[0] & 0xFF) != 0xFF || (jpeg[1] & 0xFF) != 0xD8) {
            throw new IllegalArgumentException("not a JPEG");
        }
        int at = 2;
        if ((jpeg[2] & 0xFF) == 0xFF && (jpeg[3] & 0xFF) == 0xE0) {
            at += 2 + (((jpeg[4] & 0xFF) << 8) | (jpeg[5] & 0xFF));
        }
        byte[] payload = payload(taken);
        ByteArrayOutputStream out = new ByteArrayOutputStream(jpeg.length + payload.length + 4);
        out.write(jpeg, 0, at);
        out.write(0xFF);
        out.write(0xE1);
        int length = payload.length + 2;
        out.write(length >> 8);
        out.write(length & 0xFF);
        out.write(payload, 0, payload.length);
        out.write(jpeg, at, jpeg.length - at);
        return out.toByteArray();
    }

    private static byte[] payload(LocalDateTime taken) {
        byte[] date = (EXIF_TIME.format(taken) + "\0").getBytes(StandardCharsets.US_ASCII);
        ByteBuffer tiff = ByteBuffer.allocate(DATE_OFFSET + date.length).order(ByteOrder.LITTLE_ENDIAN);
        tiff.put((byte) 'I').put((byte) 'I').putShort((short) 42).putInt(8);
        // IFD0: where the EXIF IFD is
        tiff.putShort((short) 1).putShort((short) TAG_EXIF_IFD).putShort(TYPE_LONG).putInt(1).putInt(EXIF_IFD_OFFSET)
                .putInt(0);
        // EXIF IFD: when the photo was taken
        tiff.putShort((short) 1).putShort((short) TAG_DATE_TIME_ORIGINAL).putShort(TYPE_ASCII).putInt(date.length)
                .putInt(DATE_OFFSET).putInt(0);
        tiff.put(date);
        byte[] header = "Exif\0\0".getBytes(StandardCharsets.US_ASCII);
        byte[] all = new byte[header.length + tiff.capacity()];
        System.arraycopy(header, 0, all, 0, header.length);
        System.arraycopy(tiff.array(), 0, all, header.length, tiff.capacity());
        return all;
    }
}
