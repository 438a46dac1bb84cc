package vn.dxoutreach.sample;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import vn.dxoutreach.domain.LevelName;
import vn.dxoutreach.domain.OfficeProfile;
import vn.dxoutreach.domain.RecordMeta;
import vn.dxoutreach.domain.Unit;
import vn.dxoutreach.store.Office;
import vn.dxoutreach.store.Store;

/**
 * Fills a store with the fictional sample district (or, scaled up, a province): the unit tree
 * with a 2025 merger, the plan modelled on the seeds with its targets, and plausible activity.
 * The same seed and end date always give the same activities (the ids differ).
 */
public final class SampleDataGenerator {

    /** The day the two-level local government started; the sample merger takes effect on it. */
    static final LocalDate MERGER_DAY = LocalDate.of(2025, Month.JULY, 1);

    /** Mixed into the seed for the photos' own random source. */
    private static final long PHOTO_SEED = 0x1010L;

    private final Store store;
    private final SampleNames names = new SampleNames();

    public SampleDataGenerator(Store store) {
        this.store = store;
    }

    /** What was generated, for messages and tests. */
    public record Summary(Unit office, List<Unit> communes, long broadcasts, long banners, long sessions) {
    }

    /**
     * Generates the data set with activity over {@code size.years()} calendar years ending on {@code until},
     * and makes its top unit (the district, or the province) the office. All of it is one transaction: a
     * failure (a full disk) or a kill leaves the folder as it was, and the evidence files this run added
     * are removed again when it fails.
     */
    public Summary generate(SampleSize size, LocalDate until, long seed) {
        Set<Path> before = evidenceFiles();
        try {
            return store.db().write(c -> generateAll(size, until, seed));
        } catch (RuntimeException | Error e) {
            sweepAddedSince(before);
            throw e;
        }
    }

    private Set<Path> evidenceFiles() {
        Path folder = store.evidence.folder();
        if (!Files.isDirectory(folder)) {
            return Set.of();
        }
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile).collect(Collectors.toSet());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Removes the evidence files written since, which no record holds now that the transaction rolled back. */
    private void sweepAddedSince(Set<Path> before) {
        try {
            for (Path file : evidenceFiles()) {
                if (!before.contains(file)) {
                    Files.deleteIfExists(file);
                }
            }
        } catch (IOException | UncheckedIOException e) {
            // what is left is unreferenced and only takes room; the failure itself is what to tell
        }
    }

    private Summary generateAll(SampleSize size, LocalDate until, long seed) {
        Random random = new Random(seed);
        LocalDate from = LocalDate.of(until.getYear() - size.years() + 1, 1, 1);
        SampleTree tree = store.db().write(c -> buildTree(size, from));
        SamplePlan samplePlan = new SamplePlan(store, names);
        samplePlan.sendReports(samplePlan.create(tree.office(), from, LocalDate.of(until.getYear(), 12, 31)), until);
        new Office(store).set(tree.office());
        if (!size.isProvince()) {
            store.settings.putOfficeProfile(districtProfile());
        }
        SampleActivities activities = new SampleActivities(store, names, size, random);
        long[] counts = activities.generate(tree, from, until);
        // packages come from the office's own children: the communes of the district, the districts of a province
        new SampleReceipts(store, random).generate(size.isProvince() ? tree.districts() : tree.communes(), from, until);
        if (!size.isProvince()) {
            // a source of its own, so that the photos leave the rest of the sample as it was
            new SampleEvidence(store, names, new Random(seed ^ PHOTO_SEED)).generate(activities.eventWindow());
        }
        return new Summary(tree.office(), tree.communes(), counts[0], counts[1], counts[2]);
    }

    /** How the sample district's office names itself on its documents, so that its reports read as real ones. */
    private OfficeProfile districtProfile() {
        return new OfficeProfile(names.get("profile.parentBody"), names.get("profile.issuingBody"),
                names.get("profile.symbolSuffix"), names.get("profile.place"), names.get("profile.signatoryTitle"),
                names.get("profile.signatoryName"), names.list("profile.recipients"));
    }

    private SampleTree buildTree(SampleSize size, LocalDate from) {
        List<String> levelNames = names.list("level.names");
        List<LevelName> levels = new ArrayList<>();
        for (int i = 0; i < levelNames.size(); i++) {
            levels.add(new LevelName(i + 1, levelNames.get(i)));
        }
        store.levels.replaceAll(levels);

        Unit province = unit(null, "SAMPLE", names.get("province.name"), 1, null, null, List.of());
        List<String> districtNames = new ArrayList<>();
        districtNames.add(names.get("district.name"));
        districtNames.addAll(names.list("district.other"));
        List<Unit> communes = new ArrayList<>();
        List<Unit> villages = new ArrayList<>();
        Unit firstDistrict = null;
        List<Unit> districts = new ArrayList<>();
        for (int d = 0; d < size.districts(); d++) {
            String districtName = d < districtNames.size() ? districtNames.get(d)
                    : names.get("district.name") + " " + (d + 1);
            Unit district = unit(province.id(), String.format("SAMPLE-H%02d", d + 1), districtName, 2, null, null,
                    List.of());
            districts.add(district);
            if (firstDistrict == null) {
                firstDistrict = district;
            }
            addCommunes(size, district, d, from, communes, villages);
        }
        Unit office = size.isProvince() ? province : firstDistrict;
        return new SampleTree(office, districts, communes, villages);
    }

    private void addCommunes(SampleSize size, Unit district, int districtIndex, LocalDate from, List<Unit> communes,
            List<Unit> villages) {
        List<String> communeNames = names.list("commune.names");
        List<String> villageNames = names.list("village.names");
        String prefix = names.get("commune.prefix");
        List<UUID> mergedAway = new ArrayList<>();
        for (int i = 0; i < size.communesPerDistrict(); i++) {
            String base = communeNames.get(i % communeNames.size());
            String name = prefix + " " + (i < communeNames.size() ? base : base + " " + (i / communeNames.size() + 1));
            String code = String.format("SAMPLE-H%02d-X%03d", districtIndex + 1, i + 1);
            // in the first district the last two communes merge on 1/7/2025, as the reform did
            boolean merges = districtIndex == 0 && size.communesPerDistrict() >= 4
                    && i >= size.communesPerDistrict() - 2 && from.isBefore(MERGER_DAY);
            Unit commune = unit(district.id(), code, name, 3, null, merges ? MERGER_DAY.minusDays(1) : null,
                    List.of());
            communes.add(commune);
            if (merges) {
                mergedAway.add(commune.id());
            }
            for (int v = 0; v < size.villagesPerCommune(); v++) {
                villages.add(unit(commune.id(), code + "-T" + (v + 1), villageNames.get(v % villageNames.size()), 4,
                        null, null, List.of()));
            }
        }
        if (!mergedAway.isEmpty()) {
            String code = String.format("SAMPLE-H%02d-X%03d", districtIndex + 1, size.communesPerDistrict() + 1);
            communes.add(unit(district.id(), code, prefix + " " + names.get("merged.name"), 3, MERGER_DAY, null,
                    mergedAway));
        }
    }

    private Unit unit(UUID parent, String code, String name, int level, LocalDate validFrom, LocalDate validTo,
            List<UUID> predecessors) {
        UUID id = UUID.randomUUID();
        Instant now = store.clock().instant();
        // a unit belongs to itself: its record travels with its own subtree
        Unit unit = new Unit(new RecordMeta(id, id, now, now, false), code, name, level, parent, validFrom, validTo,
                predecessors);
        return store.units.save(unit);
    }
}
