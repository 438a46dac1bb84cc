package vn.dxoutreach.sample;

/**
 * How big a sample data set is.
 *
 * @param districts                 districts under the province (1: the office is the district)
 * @param communesPerDistrict       communes in each district
 * @param villagesPerCommune        villages in each commune
 * @param years                     calendar years of activity, ending with the year of the end date
 * @param broadcastsPerCommuneWeek  average airings per commune and week
 * @param bannersPerCommuneYear     average banner records per commune and year
 * @param sessionsPerCommuneYear    average team sessions per commune and year
 */
public record SampleSize(
        int districts,
        int communesPerDistrict,
        int villagesPerCommune,
        int years,
        double broadcastsPerCommuneWeek,
        double bannersPerCommuneYear,
        double sessionsPerCommuneYear) {

    /** The sample district of the welcome screen: a dozen communes, two years. */
    public static final SampleSize DISTRICT = new SampleSize(1, 12, 4, 2, 3.5, 8, 30);

    /** A province-sized set for benchmarks: 300 communes, three years, about a million airings. */
    public static final SampleSize PROVINCE = new SampleSize(10, 30, 4, 3, 25.6, 40, 117);

    /** The sample district scaled: {@code scale} × its communes. */
    public static SampleSize districtTimes(int scale) {
        return new SampleSize(1, DISTRICT.communesPerDistrict * scale, DISTRICT.villagesPerCommune,
                DISTRICT.years, DISTRICT.broadcastsPerCommuneWeek, DISTRICT.bannersPerCommuneYear,
                DISTRICT.sessionsPerCommuneYear);
    }

    public boolean isProvince() {
        return districts > 1;
    }
}
