package vn.dxoutreach.sample;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import vn.dxoutreach.domain.ActivityKind;
import vn.dxoutreach.domain.Unit;
import vn.dxoutreach.report.SamplePhotos;
import vn.dxoutreach.store.Store;

/**
 * Photos for a few records of each commune in each year's 01–10/10 campaign, drawn (each marked as
 * a sample) and attached through the evidence repository as a user's files are, so that the sample's
 * "Hồ sơ minh chứng" has pictures to show.
 */
final class SampleEvidence {

    /** The campaign runs from 1 to 10 October. */
    static final int EVENT_LAST_DAY = 10;
    static final int MIN_PHOTOS = 2;
    static final int MAX_PHOTOS = 4;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final DateTimeFormatter FILE_DAY = DateTimeFormatter.ofPattern("yyyyMMdd");

    /** A record a photo could show: its commune, what it is, and what the picture writes on it. */
    record Subject(Unit commune, ActivityKind kind, UUID recordId, UUID unitId, LocalDate day, String headline,
            String location) {
    }

    private final Store store;
    private final SampleNames names;
    private final Random random;

    SampleEvidence(Store store, SampleNames names, Random random) {
        this.store = store;
        this.names = names;
        this.random = random;
    }

    /** Attaches the photos; returns how many. */
    int generate(List<Subject> eventWindow) {
        Map<String, List<Subject>> byCommuneAndYear = new LinkedHashMap<>();
        for (Subject s : eventWindow) {
            byCommuneAndYear.computeIfAbsent(s.commune().id() + "/" + s.day().getYear(), k -> new ArrayList<>())
                    .add(s);
        }
        try {
            Path folder = Files.createTempDirectory("dx-sample-photos");
            int count = 0;
            try {
                for (List<Subject> subjects : byCommuneAndYear.values()) {
                    for (Subject s : chosen(subjects)) {
                        attach(s, folder, ++count);
                    }
                }
            } finally {
                Files.deleteIfExists(folder);
            }
            return count;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Two to four of a commune's records, one of each kind first, so that the photos differ. */
    private List<Subject> chosen(List<Subject> subjects) {
        List<Subject> shuffled = new ArrayList<>(subjects);
        Collections.shuffle(shuffled, random);
        Set<ActivityKind> seen = EnumSet.noneOf(ActivityKind.class);
        List<Subject> ordered = new ArrayList<>();
        List<Subject> rest = new ArrayList<>();
        for (Subject s : shuffled) {
            (seen.add(s.kind()) ? ordered : rest).add(s);
        }
        ordered.addAll(rest);
        int n = MIN_PHOTOS + random.nextInt(MAX_PHOTOS - MIN_PHOTOS + 1);
        return ordered.subList(0, Math.min(n, ordered.size()));
    }

    private void attach(Subject s, Path folder, int number) throws IOException {
        String headline = switch (s.kind()) {
            case BANNER, NEWS, EVENT, MATERIAL -> s.headline();
            case BROADCAST -> names.get("photo.broadcast", s.headline());
            case TEAM_SESSION -> names.get("photo.session", s.headline());
        };
        String caption = names.get("photo.caption", s.commune().name(), s.location(), DAY.format(s.day()));
        long seed = random.nextLong();
        // taken on the record's day, in office hours (7:30 to 17:30), as the officer's phone would say
        LocalDateTime takenAt = s.day().atTime(7, 30).plusMinutes(Math.floorMod(seed, 600));
        byte[] jpeg = SamplePhotos.jpeg(new SamplePhotos.Scene(s.kind(), headline, caption, names.get("photo.mark"),
                takenAt, seed));
        Path file = folder.resolve(names.get("photo.file", names.get("photo.file." + s.kind()),
                FILE_DAY.format(s.day()), String.valueOf(number)));
        Files.write(file, jpeg);
        try {
            store.evidence.attach(file, s.recordId(), s.kind(), s.unitId());
        } finally {
            Files.delete(file);
        }
    }
}
