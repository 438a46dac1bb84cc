package vn.dxoutreach.report.dossier;

import com.drew.imaging.ImageMetadataReader;
import com.drew.imaging.ImageProcessingException;
import com.drew.lang.GeoLocation;
import com.drew.metadata.Metadata;
import com.drew.metadata.exif.ExifIFD0Directory;
import com.drew.metadata.exif.ExifSubIFDDirectory;
import com.drew.metadata.exif.GpsDirectory;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * What a photo's EXIF says about when, where and how it was taken: the original date-time (the
 * camera's local time, as written), the GPS place, and the orientation (1 = upright … 8, as in EXIF).
 * Fields the photo does not carry are null; a file that is not a readable image carries nothing.
 */
public record PhotoMetadata(LocalDateTime takenAt, Double latitude, Double longitude, int orientation) {

    /**
     * A photo taken more than this many days before or after the activity's date is flagged. An
     * activity is usually photographed on its day; the record's date may be typed a day or two off
     * (an event over a weekend, a date remembered later), but a wider gap suggests a photo of another
     * event, and the province's assessors ask about those.
     */
    public static final int FAR_DAYS = 3;

    public static final PhotoMetadata NONE = new PhotoMetadata(null, null, null, 1);

    private static final Logger LOG = Logger.getLogger(PhotoMetadata.class.getName());
    private static final DateTimeFormatter EXIF_DATE = DateTimeFormatter.ofPattern("uuuu:MM:dd HH:mm:ss");

    /** Reads the file's metadata; never fails: an unreadable file gives {@link #NONE}. */
    public static PhotoMetadata read(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return of(ImageMetadataReader.readMetadata(in));
        } catch (ImageProcessingException | IOException | RuntimeException e) {
            LOG.log(Level.FINE, "No metadata in " + file, e);
            return NONE;
        }
    }

    private static PhotoMetadata of(Metadata metadata) {
        LocalDateTime taken = null;
        for (ExifSubIFDDirectory exif : metadata.getDirectoriesOfType(ExifSubIFDDirectory.class)) {
            taken = firstDate(exif.getString(ExifSubIFDDirectory.TAG_DATETIME_ORIGINAL),
                    exif.getString(ExifSubIFDDirectory.TAG_DATETIME_DIGITIZED));
            if (taken != null) {
                break;
            }
        }
        Double latitude = null;
        Double longitude = null;
        for (GpsDirectory gps : metadata.getDirectoriesOfType(GpsDirectory.class)) {
            GeoLocation place = gps.getGeoLocation();
            if (place != null && !place.isZero()) {
                latitude = place.getLatitude();
                longitude = place.getLongitude();
                break;
            }
        }
        int orientation = 1;
        for (ExifIFD0Directory ifd0 : metadata.getDirectoriesOfType(ExifIFD0Directory.class)) {
            Integer value = ifd0.getInteger(ExifIFD0Directory.TAG_ORIENTATION);
            if (value != null && value >= 1 && value <= 8) {
                orientation = value;
                break;
            }
        }
        return new PhotoMetadata(taken, latitude, longitude, orientation);
    }

    /** The first of the texts that is a real EXIF date-time ("2026:10:05 08:30:00"); cameras also write blanks and zeros. */
    private static LocalDateTime firstDate(String... texts) {
        for (String text : texts) {
            if (text == null) {
                continue;
            }
            try {
                return LocalDateTime.parse(text.strip(), EXIF_DATE);
            } catch (DateTimeParseException e) {
                // not a date: try the next
            }
        }
        return null;
    }

    public boolean hasPlace() {
        return latitude != null && longitude != null;
    }

    /** Days between the photo and the activity's date; null when the photo has no date. */
    public Long daysFrom(LocalDate activityDate) {
        return takenAt == null ? null : Math.abs(ChronoUnit.DAYS.between(activityDate, takenAt.toLocalDate()));
    }

    /** Whether the photo was taken more than {@link #FAR_DAYS} from the activity's date; a photo without a date is not. */
    public boolean farFrom(LocalDate activityDate) {
        Long days = daysFrom(activityDate);
        return days != null && days > FAR_DAYS;
    }
}
