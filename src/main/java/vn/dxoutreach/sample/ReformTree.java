package vn.dxoutreach.sample;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import vn.dxoutreach.domain.Unit;

/**
 * The sample's units across the reform of 1 July 2025: districts and their communes and villages
 * that end on 30 June 2025, and the new communes directly under the province from 1 July 2025, each
 * formed from a few consecutive old communes (so that some take communes of two districts) and
 * taking their villages, which move to the new commune on that day.
 */
final class ReformTree {

    /** The last day of the districts and of the communes merged on the reform day. */
    static final LocalDate LAST_OLD_DAY = SampleDataGenerator.MERGER_DAY.minusDays(1);

    static final int DISTRICT_LEVEL = 2;
    static final int COMMUNE_LEVEL = 3;
    static final int VILLAGE_LEVEL = 4;

    private final SampleUnits units;
    private final SampleNames names;

    ReformTree(SampleUnits units, SampleNames names) {
        this.units = units;
        this.names = names;
    }

    /**
     * How many old communes each new commune is formed from, in order: {@code pattern} repeated, the
     * last group taking a remainder too small to form a commune of its own.
     */
    static List<Integer> groupSizes(int oldCommunes, List<Integer> pattern) {
        List<Integer> sizes = new ArrayList<>();
        int left = oldCommunes;
        for (int i = 0; left > 0; i++) {
            int size = Math.min(left, pattern.get(i % pattern.size()));
            sizes.add(size);
            left -= size;
        }
        int last = sizes.size() - 1;
        if (last > 0 && sizes.get(last) < pattern.stream().mapToInt(Integer::intValue).min().orElse(1)) {
            sizes.set(last - 1, sizes.get(last - 1) + sizes.remove(last));
        }
        return sizes;
    }

    /**
     * Builds the districts ({@code communesPerDistrict} gives their number and sizes) under the province,
     * then the new communes, and returns the tree with the province as its office.
     */
    SampleTree build(Unit province, List<Integer> communesPerDistrict, int villagesPerCommune, List<Integer> pattern) {
        List<String> districtNames = new ArrayList<>();
        districtNames.add(names.get("district.name"));
        districtNames.addAll(names.list("district.other"));
        List<String> communeNames = new ArrayList<>(names.list("commune.names"));
        communeNames.addAll(names.list("commune.names.more"));
        List<String> villageNames = names.list("village.names");
        String prefix = names.get("commune.prefix");

        List<Unit> districts = new ArrayList<>();
        List<Unit> oldCommunes = new ArrayList<>();
        List<Unit> villages = new ArrayList<>();
        int named = 0;
        for (int d = 0; d < communesPerDistrict.size(); d++) {
            Unit district = units.unit(province.id(), String.format("SAMPLE-H%02d", d + 1), districtNames.get(d),
                    DISTRICT_LEVEL, null, LAST_OLD_DAY, List.of());
            districts.add(district);
            for (int i = 0; i < communesPerDistrict.get(d); i++) {
                String base = communeNames.get(named % communeNames.size());
                String name = prefix + " " + (named < communeNames.size() ? base
                        : base + " " + (named / communeNames.size() + 1));
                named++;
                String code = String.format("SAMPLE-H%02d-X%03d", d + 1, i + 1);
                Unit commune = units.unit(district.id(), code, name, COMMUNE_LEVEL, null, LAST_OLD_DAY, List.of());
                oldCommunes.add(commune);
                for (int v = 0; v < villagesPerCommune; v++) {
                    villages.add(units.unit(commune.id(), code + "-T" + (v + 1),
                            villageNames.get(v % villageNames.size()), VILLAGE_LEVEL, null, LAST_OLD_DAY, List.of()));
                }
            }
        }
        List<Unit> newCommunes = new ArrayList<>();
        List<String> newNames = names.list("reform.commune.names");
        int first = 0;
        List<Integer> sizes = groupSizes(oldCommunes.size(), pattern);
        for (int g = 0; g < sizes.size(); g++) {
            List<Unit> merged = oldCommunes.subList(first, first + sizes.get(g));
            first += sizes.get(g);
            String base = newNames.get(g % newNames.size());
            String name = prefix + " " + (g < newNames.size() ? base : base + " " + (g / newNames.size() + 1));
            String code = String.format("SAMPLE-X%03d", g + 1);
            Unit commune = units.unit(province.id(), code, name, COMMUNE_LEVEL, SampleDataGenerator.MERGER_DAY, null,
                    merged.stream().map(Unit::id).toList());
            newCommunes.add(commune);
            int number = 0;
            for (Unit old : merged) {
                for (Unit village : villages.stream().filter(v -> old.id().equals(v.parentId())).toList()) {
                    // the village moves: it ends with its old commune and goes on, with its history, in the new one
                    newVillage(commune, code + String.format("-T%02d", ++number),
                            names.get("reform.village.name", village.name(), old.name().substring(prefix.length())
                                    .strip()), village, villages);
                }
            }
        }
        List<Unit> communes = new ArrayList<>(oldCommunes);
        communes.addAll(newCommunes);
        return new SampleTree(province, districts, communes, villages);
    }

    private void newVillage(Unit commune, String code, String name, Unit before, List<Unit> villages) {
        villages.add(units.unit(commune.id(), code, name, VILLAGE_LEVEL, SampleDataGenerator.MERGER_DAY, null,
                List.of(before.id())));
    }
}
