package vn.dxoutreach.sample;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import vn.dxoutreach.domain.LevelName;
import vn.dxoutreach.domain.OfficeProfile;
import vn.dxoutreach.domain.Unit;
import vn.dxoutreach.store.Office;
import vn.dxoutreach.store.Store;

/**
 * Fills a store with fictional sample data. The sample province ({@link #generateProvince}) is the world of
 * today: a province department, its districts abolished on 1 July 2025 and their communes merged into new
 * communes under the province. The sample district ({@link #generate} with {@link SampleSize#DISTRICT}) is
 * its history: a district whose data end on 30 June 2025, when it ends and its communes merge into new
 * communes of the province, which then holds its data (the district alone, as it was, when the sample ends
 * before that day). Scaled up, {@link #generate} makes a never-reformed province for benchmarks. The same
 * seed and end date always give the same activities (the ids differ).
 */
public final class SampleDataGenerator {

    /** The day the two-level local government started; the sample mergers take effect on it. */
    public static final LocalDate MERGER_DAY = LocalDate.of(2025, Month.JULY, 1);

    /** The sample province: three districts of seventeen communes, three villages each... */
    static final List<Integer> PROVINCE_DISTRICTS = List.of(17, 17, 17);
    static final int PROVINCE_VILLAGES = 3;
    /** ...merged by threes and twos into twenty new communes. */
    static final List<Integer> PROVINCE_MERGERS = List.of(3, 2);
    /** The sample district's communes merge by threes. */
    static final List<Integer> DISTRICT_MERGERS = List.of(3);
    /** The sample province's activity starts here, a year and a half before the reform. */
    static final LocalDate PROVINCE_FROM = LocalDate.of(2024, Month.JANUARY, 1);
    /** The sample province's plan runs over these years. */
    static final int PLAN_FIRST_YEAR = 2025;
    static final int PLAN_LAST_YEAR = 2026;

    /** Mixed into the seed for the photos' own random source. */
    private static final long PHOTO_SEED = 0x1010L;
    /** Mixed into the seed for the news items', events' and materials' own random source. */
    private static final long CHANNEL_SEED = 0x0606L;

    private final Store store;
    private final SampleNames names = new SampleNames();
    private final SampleUnits units;

    public SampleDataGenerator(Store store) {
        this.store = store;
        this.units = new SampleUnits(store);
    }

    /**
     * What was generated, for messages and tests: the office, the communes that were (all communes when
     * there was no reform), the communes formed on the reform day, and the activity counts.
     */
    public record Summary(Unit office, List<Unit> communes, List<Unit> newCommunes, long broadcasts, long banners,
            long sessions, long news, long events, long materials) {
    }

    /** How big a sample is, for the welcome's description: the same numbers as the data it makes. */
    public record Shape(int districts, int communes, int newCommunes) {
    }

    /** The shape of the sample province. */
    public static Shape provinceShape() {
        int communes = PROVINCE_DISTRICTS.stream().mapToInt(Integer::intValue).sum();
        return new Shape(PROVINCE_DISTRICTS.size(), communes,
                ReformTree.groupSizes(communes, PROVINCE_MERGERS).size());
    }

    /** The shape of the sample district (one district). */
    public static Shape districtShape() {
        int communes = SampleSize.DISTRICT.communesPerDistrict();
        return new Shape(1, communes, ReformTree.groupSizes(communes, DISTRICT_MERGERS).size());
    }

    /**
     * The sample province up to {@code until}: districts and communes until 30/06/2025, the new communes
     * from 01/07/2025, activity since 2024 across the reform, and the province's 2025–2026 plan; the
     * province department is the office.
     */
    public Summary generateProvince(LocalDate until, long seed) {
        return inOneTransaction(() -> generateProvinceAll(until, seed));
    }

    private Summary generateProvinceAll(LocalDate until, long seed) {
        Random random = new Random(seed);
        SampleTree tree = store.db().write(c -> {
            replaceLevels("reform.level.names");
            Unit province = units.unit(null, "SAMPLE", names.get("province.name"), 1, null, null, List.of());
            return new ReformTree(units, names).build(province, PROVINCE_DISTRICTS, PROVINCE_VILLAGES,
                    PROVINCE_MERGERS);
        });
        SamplePlan samplePlan = new SamplePlan(store, names);
        vn.dxoutreach.domain.Plan plan = samplePlan.createProvincial(tree.office(), LocalDate.of(PLAN_FIRST_YEAR, 1, 1),
                LocalDate.of(PLAN_LAST_YEAR, 12, 31));
        samplePlan.sendReports(plan, until);
        samplePlan.monthlyReports(plan, until);
        new Office(store).set(tree.office());
        store.settings.putOfficeProfile(profile("province.profile."));
        SampleActivities activities = new SampleActivities(store, names, SampleSize.DISTRICT, random,
                new Random(seed ^ CHANNEL_SEED));
        long[] counts = activities.generate(tree, PROVINCE_FROM, until);
        // the province hears from its districts until they end, and from the new communes since
        List<Unit> reporters = new ArrayList<>(tree.districts());
        reporters.addAll(newCommunes(tree));
        new SampleReceipts(store, random).generate(reporters, PROVINCE_FROM, until);
        // photos of the latest campaign only: a province's every campaign would take long to draw
        int lastCampaign = until.getMonthValue() >= Month.OCTOBER.getValue() ? until.getYear() : until.getYear() - 1;
        new SampleEvidence(store, names, new Random(seed ^ PHOTO_SEED)).generate(activities.eventWindow().stream()
                .filter(s -> s.day().getYear() == lastCampaign).toList());
        return summary(tree, counts);
    }

    /**
     * Generates the data set with activity over {@code size.years()} calendar years ending on {@code until}
     * (the sample district: on 30/06/2025 at the latest), and makes its top unit the office: the district
     * while it exists, the province once it has ended; a province for benchmarks. All of it is one
     * transaction: a failure (a full disk) or a kill leaves the folder as it was, and the evidence files
     * this run added are removed again when it fails.
     */
    public Summary generate(SampleSize size, LocalDate until, long seed) {
        return inOneTransaction(() -> generateAll(size, until, seed));
    }

    private Summary inOneTransaction(java.util.function.Supplier<Summary> work) {
        Set<Path> before = evidenceFiles();
        try {
            return store.db().write(c -> work.get());
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
        if (!size.isProvince() && !until.isBefore(MERGER_DAY)) {
            return districtHistory(size, seed);
        }
        Random random = new Random(seed);
        LocalDate from = LocalDate.of(until.getYear() - size.years() + 1, 1, 1);
        SampleTree tree = store.db().write(c -> buildTree(size));
        SamplePlan samplePlan = new SamplePlan(store, names);
        samplePlan.sendReports(samplePlan.create(tree.office(), from, LocalDate.of(until.getYear(), 12, 31)), until);
        new Office(store).set(tree.office());
        if (!size.isProvince()) {
            store.settings.putOfficeProfile(profile("profile."));
        }
        SampleActivities activities = new SampleActivities(store, names, size, random,
                new Random(seed ^ CHANNEL_SEED));
        long[] counts = activities.generate(tree, from, until);
        // packages come from the office's own children: the communes of the district, the districts of a province
        new SampleReceipts(store, random).generate(size.isProvince() ? tree.districts() : tree.communes(), from, until);
        if (!size.isProvince()) {
            // a source of its own, so that the photos leave the rest of the sample as it was
            new SampleEvidence(store, names, new Random(seed ^ PHOTO_SEED)).generate(activities.eventWindow());
        }
        return summary(tree, counts);
    }

    /**
     * The sample district as history: its years up to 30/06/2025, its plan ending with it, its communes
     * merged into new communes of the province, and the province department as the office, so that
     * documents made today are headed by the province, not by a district that no longer exists.
     */
    private Summary districtHistory(SampleSize size, long seed) {
        Random random = new Random(seed);
        LocalDate until = ReformTree.LAST_OLD_DAY;
        LocalDate from = LocalDate.of(until.getYear() - size.years() + 1, 1, 1);
        SampleTree tree = store.db().write(c -> {
            replaceLevels("reform.level.names");
            Unit province = units.unit(null, "SAMPLE", names.get("province.name"), 1, null, null, List.of());
            return new ReformTree(units, names).build(province, List.of(size.communesPerDistrict()),
                    size.villagesPerCommune(), DISTRICT_MERGERS);
        });
        Unit district = tree.districts().get(0);
        SamplePlan samplePlan = new SamplePlan(store, names);
        samplePlan.sendReports(samplePlan.create(district, from, until), until);
        new Office(store).set(tree.office());
        store.settings.putOfficeProfile(profile("province.profile."));
        SampleActivities activities = new SampleActivities(store, names, size, random,
                new Random(seed ^ CHANNEL_SEED));
        long[] counts = activities.generate(tree, from, until);
        new SampleReceipts(store, random).generate(oldCommunes(tree), from, until);
        new SampleEvidence(store, names, new Random(seed ^ PHOTO_SEED)).generate(activities.eventWindow());
        return summary(tree, counts);
    }

    private static Summary summary(SampleTree tree, long[] counts) {
        return new Summary(tree.office(), oldCommunes(tree), newCommunes(tree), counts[0], counts[1], counts[2],
                counts[3], counts[4], counts[5]);
    }

    private static List<Unit> oldCommunes(SampleTree tree) {
        return tree.communes().stream().filter(c -> !MERGER_DAY.equals(c.validFrom())).toList();
    }

    private static List<Unit> newCommunes(SampleTree tree) {
        return tree.communes().stream().filter(c -> MERGER_DAY.equals(c.validFrom())).toList();
    }

    private void replaceLevels(String key) {
        List<String> levelNames = names.list(key);
        List<LevelName> levels = new ArrayList<>();
        for (int i = 0; i < levelNames.size(); i++) {
            levels.add(new LevelName(i + 1, levelNames.get(i)));
        }
        store.levels.replaceAll(levels);
    }

    /** How the office names itself on its documents ({@code prefix} "profile." or "province.profile."). */
    private OfficeProfile profile(String prefix) {
        return new OfficeProfile(names.get(prefix + "parentBody"), names.get(prefix + "issuingBody"),
                names.get(prefix + "symbolSuffix"), names.get(prefix + "place"), names.get(prefix + "signatoryTitle"),
                names.get(prefix + "signatoryName"), names.list(prefix + "recipients"));
    }

    /** The district as it was before the reform (the office), or a never-reformed province for benchmarks. */
    private SampleTree buildTree(SampleSize size) {
        replaceLevels("level.names");
        Unit province = units.unit(null, "SAMPLE", names.get("province.name"), 1, null, null, List.of());
        List<String> districtNames = new ArrayList<>();
        districtNames.add(names.get("district.name"));
        districtNames.addAll(names.list("district.other"));
        List<Unit> communes = new ArrayList<>();
        List<Unit> villages = new ArrayList<>();
        List<Unit> districts = new ArrayList<>();
        for (int d = 0; d < size.districts(); d++) {
            String districtName = d < districtNames.size() ? districtNames.get(d)
                    : names.get("district.name") + " " + (d + 1);
            Unit district = units.unit(province.id(), String.format("SAMPLE-H%02d", d + 1), districtName, 2, null,
                    null, List.of());
            districts.add(district);
            addCommunes(size, district, d, communes, villages);
        }
        Unit office = size.isProvince() ? province : districts.get(0);
        return new SampleTree(office, districts, communes, villages);
    }

    private void addCommunes(SampleSize size, Unit district, int districtIndex, List<Unit> communes,
            List<Unit> villages) {
        List<String> communeNames = names.list("commune.names");
        List<String> villageNames = names.list("village.names");
        String prefix = names.get("commune.prefix");
        for (int i = 0; i < size.communesPerDistrict(); i++) {
            String base = communeNames.get(i % communeNames.size());
            String name = prefix + " " + (i < communeNames.size() ? base : base + " " + (i / communeNames.size() + 1));
            String code = String.format("SAMPLE-H%02d-X%03d", districtIndex + 1, i + 1);
            Unit commune = units.unit(district.id(), code, name, 3, null, null, List.of());
            communes.add(commune);
            for (int v = 0; v < size.villagesPerCommune(); v++) {
                villages.add(units.unit(commune.id(), code + "-T" + (v + 1), villageNames.get(v % villageNames.size()),
                        4, null, null, List.of()));
            }
        }
    }
}
