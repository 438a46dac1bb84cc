package vn.dxoutreach.progress;

import vn.dxoutreach.domain.ActivityRecord;
import vn.dxoutreach.domain.Banner;
import vn.dxoutreach.domain.Broadcast;
import vn.dxoutreach.domain.Material;
import vn.dxoutreach.domain.Measure;
import vn.dxoutreach.domain.NewsItem;
import vn.dxoutreach.domain.OutreachEvent;
import vn.dxoutreach.domain.Production;
import vn.dxoutreach.domain.TargetFilter;
import vn.dxoutreach.domain.TeamSession;

/**
 * How one record counts for a target, read from the record itself: whether the target's filter takes
 * it, what it adds to the target's measure and what names it in a drill-down list. These are the
 * rules of the kept totals (store.ActivityTable) said over a record, so that the list behind a number
 * adds up to the number.
 */
final class CountedRecord {

    private CountedRecord() {
    }

    /** Whether the filter takes the record; the unit level is the scope's business, not the record's. */
    static boolean matches(ActivityRecord record, TargetFilter f) {
        return switch (record.activityKind()) {
            case BROADCAST -> {
                Broadcast b = (Broadcast) record;
                yield (!f.newProductionOnly() || b.production() == Production.NEW)
                        && TargetFilter.sameTopic(f.topic(), b.topic());
            }
            case BANNER -> f.bannerKind() == null || f.bannerKind() == ((Banner) record).kind();
            case TEAM_SESSION -> TargetFilter.sameTopic(f.sessionTopic(), ((TeamSession) record).supportTopic());
            case NEWS -> TargetFilter.sameTopic(f.choice(), ((NewsItem) record).channel());
            case EVENT -> TargetFilter.sameTopic(f.choice(), ((OutreachEvent) record).type());
            case MATERIAL -> TargetFilter.sameTopic(f.choice(), ((Material) record).type());
        };
    }

    /** What the record adds to the measure: 1 for a count; views not known add nothing. */
    static long amount(ActivityRecord record, Measure measure) {
        if (measure == Measure.COUNT) {
            return 1;
        }
        return switch (record.activityKind()) {
            case BROADCAST -> measure == Measure.MINUTES ? ((Broadcast) record).minutes() : 1;
            case BANNER -> measure == Measure.QUANTITY ? ((Banner) record).quantity() : 1;
            case TEAM_SESSION -> {
                TeamSession s = (TeamSession) record;
                yield measure == Measure.APPS ? s.appsInstalled() : measure == Measure.PEOPLE ? s.peopleHelped() : 1;
            }
            case NEWS -> {
                Integer views = ((NewsItem) record).views();
                yield measure == Measure.VIEWS ? (views == null ? 0 : views) : 1;
            }
            case EVENT -> measure == Measure.PARTICIPANTS ? ((OutreachEvent) record).participants() : 1;
            case MATERIAL -> measure == Measure.QUANTITY ? ((Material) record).quantity() : 1;
        };
    }

    /**
     * What names the record in a list: the program, the slogan, the support topic; a news item's
     * title with its channel, an event's name with its type, a material's title with its type.
     */
    static String title(ActivityRecord record) {
        return switch (record.activityKind()) {
            case BROADCAST -> ((Broadcast) record).programTitle();
            case BANNER -> ((Banner) record).slogan();
            case TEAM_SESSION -> ((TeamSession) record).supportTopic();
            case NEWS -> withDetail(((NewsItem) record).title(), ((NewsItem) record).channel());
            case EVENT -> withDetail(((OutreachEvent) record).name(), ((OutreachEvent) record).type());
            case MATERIAL -> withDetail(((Material) record).title(), ((Material) record).type());
        };
    }

    private static String withDetail(String title, String detail) {
        return detail == null || detail.isBlank() ? title : title + " (" + detail.strip() + ")";
    }
}
