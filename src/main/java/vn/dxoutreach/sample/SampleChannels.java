package vn.dxoutreach.sample;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.function.Consumer;
import vn.dxoutreach.domain.ActivityRecord;
import vn.dxoutreach.domain.ChoiceList;
import vn.dxoutreach.domain.Material;
import vn.dxoutreach.domain.NewsItem;
import vn.dxoutreach.domain.OutreachEvent;
import vn.dxoutreach.domain.RecordMeta;
import vn.dxoutreach.domain.Unit;
import vn.dxoutreach.store.Store;

/**
 * Plausible news items, events and materials for the sample units: a commune's portal posts about
 * once a week (diligent communes nearly every week), its Facebook and Zalo pages less often; a Digital
 * Sunday, a team training and leaflets gather around 10/10, the district holds its conference, seminar
 * and exhibition and sends SMS campaigns. Drawn from a random source of their own, so that the
 * broadcasts, banners and sessions of a seed stay what they were.
 */
final class SampleChannels {

    private static final String PORTAL = channel(0);
    private static final String FACEBOOK = channel(5);
    private static final String ZALO = channel(6);
    /** Views are known for most portal and Facebook items, for few Zalo ones. */
    private static final double PORTAL_VIEWS_KNOWN = 0.7;
    private static final double FACEBOOK_VIEWS_KNOWN = 0.85;
    private static final double ZALO_VIEWS_KNOWN = 0.2;

    private final Store store;
    private final SampleNames names;
    private final SampleSize size;
    private final Random random;
    private final Consumer<SampleEvidence.Subject> campaign;
    private final Instant now;
    private final List<String> newsTitles;
    private final List<String> topics;
    private final List<String> recorders;
    private final List<String> locations;
    private final List<NewsItem> news = new ArrayList<>();
    private final java.util.Set<String> naturalKeys = new java.util.HashSet<>();
    private final List<OutreachEvent> events = new ArrayList<>();
    private final List<Material> materials = new ArrayList<>();
    /** The commune whose records are being made (a photo may show them); null for the district's own. */
    private Unit commune;

    SampleChannels(Store store, SampleNames names, SampleSize size, Random random, Consumer<SampleEvidence.Subject> campaign) {
        this.store = store;
        this.names = names;
        this.size = size;
        this.random = random;
        this.campaign = campaign;
        this.now = store.clock().instant();
        this.newsTitles = names.list("news.titles");
        this.topics = names.list("topics");
        this.recorders = names.list("recorders");
        this.locations = names.list("locations");
    }

    /** A commune's news, events and materials over the days it exists; {@code diligence} as its broadcasts'. */
    void commune(Unit commune, double diligence, LocalDate from, LocalDate until) {
        this.commune = commune;
        String slug = commune.code().toLowerCase(Locale.ROOT);
        double perWeek = size.newsPerCommuneWeek() * diligence;
        // the portal takes about half the items, in weeks of their own; Facebook and Zalo the rest
        double portalWeek = Math.min(0.97, 0.45 + 0.4 * diligence);
        for (LocalDate monday = from.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)); !monday.isAfter(until);
                monday = monday.plusWeeks(1)) {
            if (random.nextDouble() < portalWeek) {
                newsItem(commune, monday, PORTAL, "news.link.portal", slug, 50, 900, PORTAL_VIEWS_KNOWN, from, until);
            }
            for (int i = 0; i < SampleDraw.occurrences(random, Math.max(0, perWeek - portalWeek) * 0.7); i++) {
                newsItem(commune, monday, FACEBOOK, "news.link.facebook", slug, 100, 4000, FACEBOOK_VIEWS_KNOWN, from,
                        until);
            }
            for (int i = 0; i < SampleDraw.occurrences(random, Math.max(0, perWeek - portalWeek) * 0.3); i++) {
                newsItem(commune, monday, ZALO, "news.link.zalo", slug, 20, 600, ZALO_VIEWS_KNOWN, from, until);
            }
        }
        for (int year = from.getYear(); year <= until.getYear(); year++) {
            communeYear(commune, diligence, year, from, until);
        }
    }

    private void communeYear(Unit commune, double diligence, int year, LocalDate from, LocalDate until) {
        // the Sunday of the campaign (the first of October): a Digital Sunday, where the commune keeps one
        LocalDate sunday = LocalDate.of(year, Month.OCTOBER, 1).with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY));
        int campaignEvents = 0;
        if (random.nextDouble() < 0.45 + 0.4 * diligence) {
            campaignEvents++;
            event(commune, sunday, sunday, eventType(5), names.get("event.digitalSunday"),
                    names.get("event.organiser.commune"), 60 + random.nextInt(240), SampleDraw.pick(random, locations), from, until);
        }
        if (random.nextDouble() < 0.5) {
            // a two-day training from a Sunday: it spans two ISO weeks and counts on its first day
            LocalDate later = sunday.plusWeeks(1);
            LocalDate start = later.getDayOfMonth() <= SampleEvidence.EVENT_LAST_DAY ? later : sunday.minusWeeks(1);
            campaignEvents++;
            event(commune, start, start.plusDays(1), eventType(3), names.get("event.training"),
                    names.get("event.organiser.commune"), 15 + random.nextInt(25), SampleDraw.pick(random, locations), from, until);
        }
        int rest = SampleDraw.occurrences(random, Math.max(0, size.eventsPerCommuneYear() * diligence - campaignEvents));
        for (int i = 0; i < rest; i++) {
            LocalDate day = LocalDate.of(year, 1, 1).plusDays(random.nextInt(365));
            boolean school = random.nextBoolean();
            event(commune, day, day, eventType(school ? 6 : 4), names.get(school ? "event.school" : "event.contest"),
                    names.get("event.organiser.commune"), 40 + random.nextInt(360), SampleDraw.pick(random, locations), from, until);
        }
        // leaflets in the days before 10/10; Zalo messages and the odd handbook or poster through the year
        LocalDate leafletDay = LocalDate.of(year, Month.SEPTEMBER, 25).plusDays(random.nextInt(12));
        material(commune, leafletDay, materialType(0), names.get("material.leaflet"), 100 * (2 + random.nextInt(9)),
                from, until);
        int others = SampleDraw.occurrences(random, Math.max(0, size.materialsPerCommuneYear() * diligence - 1));
        for (int i = 0; i < others; i++) {
            LocalDate day = LocalDate.of(year, 1, 1).plusDays(random.nextInt(365));
            int which = random.nextInt(3);
            String type = materialType(which == 0 ? 4 : which == 1 ? 1 : 2);
            String title = names.get(which == 0 ? "material.zalo" : which == 1 ? "material.handbook" : "material.poster");
            material(commune, day, type, title, which == 0 ? 200 + random.nextInt(1500) : 50 + random.nextInt(300),
                    from, until);
        }
    }

    /** The district's own: a few press and television items a month, its yearly events and SMS campaigns. */
    void district(Unit district, LocalDate from, LocalDate until) {
        this.commune = null;
        List<String> titles = names.list("news.district.titles");
        for (LocalDate day = from; !day.isAfter(until); day = day.plusDays(1)) {
            if (district.existsOn(day) && random.nextDouble() < 0.1) {
                String channel = channel(1 + random.nextInt(4));
                String title = SampleDraw.pick(random, titles);
                if (unique(district, day, title, channel)) {
                    news.add(new NewsItem(meta(district), day, title, channel, "", null, SampleDraw.pick(random, topics),
                            "", recorder(district)));
                }
            }
        }
        String organiser = names.get("event.organiser.district");
        String hall = names.get("event.location.district");
        for (int year = from.getYear(); year <= until.getYear(); year++) {
            LocalDate conference = LocalDate.of(year, Month.JANUARY, 15).plusDays(random.nextInt(30));
            event(district, conference, conference, eventType(0), names.get("event.conference", String.valueOf(year)),
                    organiser, 80 + random.nextInt(70), hall, from, until);
            LocalDate seminar = LocalDate.of(year, Month.OCTOBER, 3 + random.nextInt(4));
            event(district, seminar, seminar, eventType(1), names.get("event.seminar"), organiser,
                    50 + random.nextInt(50), hall, from, until);
            // the exhibition runs over 10/10, from a Friday or Saturday into the next week
            LocalDate opening = LocalDate.of(year, Month.OCTOBER, 8);
            event(district, opening, opening.plusDays(4), eventType(2), names.get("event.exhibition"), organiser,
                    500 + random.nextInt(1500), hall, from, until);
            LocalDate sms = LocalDate.of(year, Month.OCTOBER, 9);
            material(district, sms, materialType(3), names.get("material.sms"), 1000 * (10 + random.nextInt(30)),
                    from, until);
        }
    }

    /** Stores what was generated; returns how many news items, events and materials. */
    long[] save() {
        store.news.putAll(news);
        store.events.putAll(events);
        store.materials.putAll(materials);
        long[] counts = {news.size(), events.size(), materials.size()};
        news.clear();
        events.clear();
        materials.clear();
        return counts;
    }

    private void newsItem(Unit commune, LocalDate monday, String channel, String linkKey, String slug, int minViews,
            int maxViews, double viewsKnown, LocalDate from, LocalDate until) {
        LocalDate day = monday.plusDays(random.nextInt(7));
        if (day.isBefore(from) || day.isAfter(until) || !commune.existsOn(day)) {
            return;
        }
        String title = SampleDraw.pick(random, newsTitles);
        if (!unique(commune, day, title, channel)) {
            return;
        }
        Integer views = random.nextDouble() < viewsKnown ? minViews + random.nextInt(maxViews - minViews) : null;
        String link = names.get(linkKey, slug, String.valueOf(news.size() + 1));
        NewsItem item = new NewsItem(meta(commune), day, title, channel, link, views, SampleDraw.pick(random, topics), "",
                recorder(commune));
        news.add(item);
        if (channel.equals(PORTAL)) {
            // the office keeps a screenshot of the portal's items, which the plan's target counts
            inCampaign(item, item.title(), channel);
        }
    }

    private void event(Unit unit, LocalDate start, LocalDate end, String type, String name, String organiser,
            int participants, String location, LocalDate from, LocalDate until) {
        if (start.isBefore(from) || start.isAfter(until) || !unit.existsOn(start) || !unique(unit, start, name)) {
            return;
        }
        OutreachEvent event = new OutreachEvent(meta(unit), start, end.isAfter(until) ? start : end, name, type,
                organiser, participants, location, "", recorder(unit));
        events.add(event);
        inCampaign(event, name, location);
    }

    private void material(Unit unit, LocalDate day, String type, String title, int quantity, LocalDate from,
            LocalDate until) {
        if (day.isBefore(from) || day.isAfter(until) || !unit.existsOn(day) || !unique(unit, day, type, title)) {
            return;
        }
        Material material = new Material(meta(unit), day, type, title, quantity, "", recorder(unit));
        materials.add(material);
        inCampaign(material, title, SampleDraw.pick(random, locations));
    }

    /**
     * Whether no record generated so far has this natural key (unit, day and the kind's own fields, as
     * the import template matches rows): an office's file never holds the same record twice.
     */
    private boolean unique(Unit unit, LocalDate day, String... fields) {
        return naturalKeys.add(unit.id() + "|" + day + "|" + String.join("|", fields));
    }

    private void inCampaign(ActivityRecord record, String headline, String location) {
        if (commune != null && record.day().getMonth() == Month.OCTOBER
                && record.day().getDayOfMonth() <= SampleEvidence.EVENT_LAST_DAY) {
            campaign.accept(new SampleEvidence.Subject(commune, record.activityKind(), record.meta().id(),
                    record.meta().unitId(), record.day(), headline, location));
        }
    }

    private static String channel(int index) {
        return ChoiceList.NEWS_CHANNEL.shipped().get(index);
    }

    private static String eventType(int index) {
        return ChoiceList.EVENT_TYPE.shipped().get(index);
    }

    private static String materialType(int index) {
        return ChoiceList.MATERIAL_TYPE.shipped().get(index);
    }

    private String recorder(Unit unit) {
        return SampleDraw.recorder(recorders, unit);
    }


    private RecordMeta meta(Unit unit) {
        return RecordMeta.fresh(unit.id(), now);
    }
}
