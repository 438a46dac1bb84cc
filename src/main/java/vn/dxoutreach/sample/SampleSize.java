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
 * @param newsPerCommuneWeek        average news items and posts per commune and week (portal, Facebook, Zalo)
 * @param eventsPerCommuneYear      average events per commune and year, the 10/10 campaign's included
 * @param materialsPerCommuneYear   average batches of printed materials and messages per commune and year
 */
public record SampleSize(
        int districts,
        int communesPerDistrict,
        int villagesPerCommune,
        int years,
        double broadcastsPerCommuneWeek,
        double bannersPerCommuneYear,
        double sessionsPerCommuneYear,
        double newsPerCommuneWeek,
        double eventsPerCommuneYear,
        double materialsPerCommuneYear) {

    /** The sample district of the welcome screen: a dozen communes, two years. */
    public static final SampleSize DISTRICT = new SampleSize(1, 12, 4, 2, 3.5, 8, 30, 1.6, 5, 4);

    /**
     * A province-sized set for benchmarks: 300 communes, three years, about a million airings and, as in
     * the provinces' reports, far fewer news items (about 2.5 a commune a week), events and materials.
     */
    public static final SampleSize PROVINCE = new SampleSize(10, 30, 4, 3, 25.6, 40, 117, 2.5, 8, 6);

    /** The sample district scaled: {@code scale} × its communes. */
    public static SampleSize districtTimes(int scale) {
        return new SampleSize(1, DISTRICT.communesPerDistrict * scale, DISTRICT.villagesPerCommune,
                DISTRICT.years, DISTRICT.broadcastsPerCommuneWeek, DISTRICT.bannersPerCommuneYear,
                DISTRICT.sessionsPerCommuneYear, DISTRICT.newsPerCommuneWeek, DISTRICT.eventsPerCommuneYear,
                DISTRICT.materialsPerCommuneYear);
    }

    public boolean isProvince() {
        return districts > 1;
    }
}
