package vn.dxoutreach.sample;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Supplier;
import vn.dxoutreach.domain.ActivityKind;
import vn.dxoutreach.domain.Banner;
import vn.dxoutreach.domain.BannerKind;
import vn.dxoutreach.domain.Broadcast;
import vn.dxoutreach.domain.Production;
import vn.dxoutreach.domain.RecordMeta;
import vn.dxoutreach.domain.Slot;
import vn.dxoutreach.domain.TeamSession;
import vn.dxoutreach.domain.Unit;
import vn.dxoutreach.store.SloganRepository;
import vn.dxoutreach.store.Store;

/**
 * Plausible activity for the sample units: communes differ in diligence, banners and team
 * sessions gather around National Digital Transformation Day (10/10), district stations air a
 * few segments a month, and some airings come from village loudspeaker clusters.
 */
final class SampleActivities {

    private static final double VILLAGE_SHARE = 0.1;
    private static final double DISTRICT_BROADCASTS_PER_DAY = 0.09;

    private final Store store;
    private final SampleSize size;
    private final Random random;
    private final List<String> titles;
    private final List<String> topics;
    private final List<String> supportTopics;
    private final List<String> locations;
    private final List<String> notes;
    private final List<String> recorders;
    private final Instant now;
    private final SampleNames names;
    private final String communeStation;
    private final List<SampleEvidence.Subject> eventWindow = new ArrayList<>();

    private final SampleChannels channels;

    /**
     * {@code channelRandom} draws the news items, events and materials, so that adding them left the
     * other kinds of a seed as they were.
     */
    SampleActivities(Store store, SampleNames names, SampleSize size, Random random, Random channelRandom) {
        this.store = store;
        this.size = size;
        this.random = random;
        this.titles = names.list("program.titles");
        this.topics = names.list("topics");
        this.supportTopics = names.list("support.topics");
        this.locations = names.list("locations");
        this.notes = names.list("notes");
        this.recorders = names.list("recorders");
        this.now = store.clock().instant();
        this.names = names;
        this.communeStation = names.get("photo.station.commune");
        this.channels = new SampleChannels(store, names, size, channelRandom, eventWindow::add);
    }

    /** Generates the activities; returns the counts of broadcasts, banners, sessions, news items, events, materials. */
    long[] generate(SampleTree tree, LocalDate from, LocalDate until) {
        long[] counts = new long[6];
        for (Unit district : tree.districts()) {
            List<Broadcast> airings = new ArrayList<>();
            for (LocalDate day = from; !day.isAfter(until); day = day.plusDays(1)) {
                if (district.existsOn(day) && random.nextDouble() < DISTRICT_BROADCASTS_PER_DAY) {
                    airings.add(broadcast(district, day));
                }
            }
            store.broadcasts.putAll(airings);
            counts[0] += airings.size();
            channels.district(district, from, until);
        }
        for (Unit commune : tree.communes()) {
            List<Unit> villages = tree.villages().stream().filter(v -> commune.id().equals(v.parentId())).toList();
            double diligence = 0.45 + random.nextDouble() * 0.85;
            counts[0] += broadcasts(commune, villages, diligence, from, until);
            counts[1] += banners(commune, diligence, from, until);
            counts[2] += sessions(commune, villages, diligence, from, until);
            channels.commune(commune, diligence, from, until);
        }
        long[] more = channels.save();
        System.arraycopy(more, 0, counts, 3, more.length);
        return counts;
    }

    /** The records generated so far in the 01–10/10 campaign, in the order they were made. */
    List<SampleEvidence.Subject> eventWindow() {
        return List.copyOf(eventWindow);
    }

    /** {@code location} is asked only of the campaign's records, not of every airing of years. */
    private void collect(Unit commune, ActivityKind kind, RecordMeta meta, LocalDate day, String headline,
            Supplier<String> location) {
        if (day.getMonth() == Month.OCTOBER && day.getDayOfMonth() <= SampleEvidence.EVENT_LAST_DAY) {
            eventWindow.add(new SampleEvidence.Subject(commune, kind, meta.id(), meta.unitId(), day, headline,
                    location.get()));
        }
    }

    private long broadcasts(Unit commune, List<Unit> villages, double diligence, LocalDate from, LocalDate until) {
        List<Broadcast> airings = new ArrayList<>();
        double perDay = size.broadcastsPerCommuneWeek() / 7 * diligence;
        for (LocalDate day = from; !day.isAfter(until); day = day.plusDays(1)) {
            if (!commune.existsOn(day)) {
                continue;
            }
            for (int i = 0; i < occurrences(perDay); i++) {
                Unit station = !villages.isEmpty() && random.nextDouble() < VILLAGE_SHARE
                        ? pick(villages) : commune;
                Broadcast airing = broadcast(station, day);
                airings.add(airing);
                collect(commune, ActivityKind.BROADCAST, airing.meta(), day, airing.programTitle(),
                        () -> station.id().equals(commune.id()) ? communeStation
                                : names.get("photo.station.village", station.name()));
            }
        }
        store.broadcasts.putAll(airings);
        return airings.size();
    }

    private Broadcast broadcast(Unit unit, LocalDate day) {
        double p = random.nextDouble();
        Production production = p < 0.45 ? Production.NEW : p < 0.8 ? Production.RERUN : Production.RELAY;
        int minutes = 5 + random.nextInt(6) * 5;
        return new Broadcast(meta(unit), day, pick(List.of(Slot.values())), pick(titles), production, minutes,
                pick(topics), pick(notes), recorder(unit));
    }

    /** Each unit's records are entered by one (fictional) officer; chosen without the random source, so the sample stays the same. */
    private String recorder(Unit unit) {
        return SampleDraw.recorder(recorders, unit);
    }

    private long banners(Unit commune, double diligence, LocalDate from, LocalDate until) {
        List<Banner> banners = new ArrayList<>();
        for (int year = from.getYear(); year <= until.getYear(); year++) {
            LocalDate campaign = LocalDate.of(year, Month.SEPTEMBER, 26);
            int count = occurrences(size.bannersPerCommuneYear() * diligence);
            for (int i = 0; i < count; i++) {
                // most banners go up in the days before 10/10; the rest through the year
                LocalDate hung = random.nextDouble() < 0.75
                        ? campaign.plusDays(random.nextInt(14))
                        : LocalDate.of(year, 1, 1).plusDays(random.nextInt(365));
                if (hung.isBefore(from) || hung.isAfter(until) || !commune.existsOn(hung)) {
                    continue;
                }
                LocalDate removed = hung.plusDays(10 + random.nextInt(30));
                BannerKind kind = pick(List.of(BannerKind.values()));
                Banner banner = new Banner(meta(commune), hung, removed.isAfter(until) ? null : removed, kind,
                        pick(SloganRepository.OFFICIAL), 1 + random.nextInt(4), pick(locations), pick(notes),
                        recorder(commune));
                banners.add(banner);
                collect(commune, ActivityKind.BANNER, banner.meta(), hung, banner.slogan(), banner::location);
            }
        }
        store.banners.putAll(banners);
        return banners.size();
    }

    private long sessions(Unit commune, List<Unit> villages, double diligence, LocalDate from, LocalDate until) {
        List<TeamSession> sessions = new ArrayList<>();
        double perDay = size.sessionsPerCommuneYear() / 365 * diligence;
        for (LocalDate day = from; !day.isAfter(until); day = day.plusDays(1)) {
            if (!commune.existsOn(day)) {
                continue;
            }
            boolean campaign = day.getMonth() == Month.OCTOBER && day.getDayOfMonth() <= 10;
            for (int i = 0; i < occurrences(campaign ? perDay * 6 : perDay); i++) {
                Unit where = !villages.isEmpty() && random.nextBoolean() ? pick(villages) : commune;
                int people = 5 + random.nextInt(40);
                TeamSession session = new TeamSession(meta(where), day, pick(supportTopics), people,
                        random.nextInt(people + 1), pick(locations), pick(notes), recorder(where));
                sessions.add(session);
                collect(commune, ActivityKind.TEAM_SESSION, session.meta(), day, session.supportTopic(),
                        session::location);
            }
        }
        store.sessions.putAll(sessions);
        return sessions.size();
    }

    private int occurrences(double mean) {
        return SampleDraw.occurrences(random, mean);
    }

    private <T> T pick(List<T> choices) {
        return SampleDraw.pick(random, choices);
    }

    private RecordMeta meta(Unit unit) {
        return RecordMeta.fresh(unit.id(), now);
    }
}
