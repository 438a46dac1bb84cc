package vn.dxoutreach.store;

import java.time.Clock;
import vn.dxoutreach.domain.ActivityKind;
import vn.dxoutreach.domain.ActivityRecord;

/** The open data folder: the database and every repository over it. */
public final class Store implements AutoCloseable {

    private final DataFolder folder;
    private final Database db;
    private final Clock clock;
    public final UnitRepository units;
    public final LevelNameRepository levels;
    public final PlanRepository plans;
    public final TargetRepository targets;
    public final ReportDeadlineRepository deadlines;
    public final BroadcastRepository broadcasts;
    public final BannerRepository banners;
    public final TeamSessionRepository sessions;
    public final NewsItemRepository news;
    public final OutreachEventRepository events;
    public final MaterialRepository materials;
    public final ChoiceValueRepository choices;
    public final TeamMemberRepository members;
    public final EvidenceRepository evidence;
    public final SloganRepository slogans;
    public final DailySeriesRepository dailySeries;
    public final ExchangeStateRepository exchange;
    public final ActivityTotals totals;
    public final SettingsRepository settings;

    private Store(DataFolder folder, Database db, Clock clock) {
        this.folder = folder;
        this.db = db;
        this.clock = clock;
        units = new UnitRepository(db, clock);
        levels = new LevelNameRepository(db);
        plans = new PlanRepository(db, clock);
        targets = new TargetRepository(db, clock);
        deadlines = new ReportDeadlineRepository(db, clock);
        broadcasts = new BroadcastRepository(db, clock);
        banners = new BannerRepository(db, clock);
        sessions = new TeamSessionRepository(db, clock);
        news = new NewsItemRepository(db, clock);
        events = new OutreachEventRepository(db, clock);
        materials = new MaterialRepository(db, clock);
        choices = new ChoiceValueRepository(db, clock);
        members = new TeamMemberRepository(db, clock);
        evidence = new EvidenceRepository(db, clock, folder.evidence());
        slogans = new SloganRepository(db, clock);
        dailySeries = new DailySeriesRepository(db);
        exchange = new ExchangeStateRepository(db);
        totals = new ActivityTotals(db);
        settings = new SettingsRepository(db);
    }

    /** Opens the data folder, creating and migrating its database when needed. */
    public static Store open(DataFolder folder, Clock clock) {
        return new Store(folder, Database.open(folder.database()), clock);
    }

    /**
     * Keeps other processes from writing to this data folder until the hold is closed, so that what a
     * command checks is still what it writes over (decision 0009); writes of this store join it.
     */
    public DataFolderLock.Hold holdWrites() {
        return db.holdWrites();
    }

    /** The repository of an activity kind. */
    public ActivityRepository<? extends ActivityRecord> activities(ActivityKind kind) {
        return switch (kind) {
            case BROADCAST -> broadcasts;
            case BANNER -> banners;
            case TEAM_SESSION -> sessions;
            case NEWS -> news;
            case EVENT -> events;
            case MATERIAL -> materials;
        };
    }

    public DataFolder folder() {
        return folder;
    }

    public Database db() {
        return db;
    }

    public Clock clock() {
        return clock;
    }

    @Override
    public void close() {
        db.close();
    }
}
