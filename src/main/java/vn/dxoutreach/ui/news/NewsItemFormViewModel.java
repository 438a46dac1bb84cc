package vn.dxoutreach.ui.news;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import java.util.OptionalInt;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import vn.dxoutreach.domain.ChoiceList;
import vn.dxoutreach.domain.NewsItem;
import vn.dxoutreach.domain.RecordMeta;
import vn.dxoutreach.text.Messages;
import vn.dxoutreach.ui.activity.ActivityFormViewModel;
import vn.dxoutreach.ui.activity.FieldChecks;
import vn.dxoutreach.ui.activity.OfficeUnits;

/** The news-item form: title, channel, link (an http(s) address or none), views (optional) and topic. */
public final class NewsItemFormViewModel extends ActivityFormViewModel<NewsItem> {

    public static final String TITLE = "title";
    public static final String CHANNEL = "channel";
    public static final String LINK = "link";
    public static final String VIEWS = "views";
    public static final String TOPIC = "topic";

    private final StringProperty title = new SimpleStringProperty("");
    /** Most items of an office go on its portal: the first channel of the list until the user picks another. */
    private final StringProperty channel = new SimpleStringProperty(ChoiceList.NEWS_CHANNEL.shipped().get(0));
    private final StringProperty link = new SimpleStringProperty("");
    private final StringProperty views = new SimpleStringProperty("");
    private final StringProperty topic = new SimpleStringProperty("");

    public NewsItemFormViewModel(Messages messages, OfficeUnits units, Clock clock) {
        super(messages, units, clock, NewsItem::meta, NewsItem::publishedOn, NewsItem::note, NewsItem::recordedBy);
        watch(title, channel, link, views, topic);
    }

    public StringProperty titleProperty() {
        return title;
    }

    public StringProperty channelProperty() {
        return channel;
    }

    public StringProperty linkProperty() {
        return link;
    }

    public StringProperty viewsProperty() {
        return views;
    }

    public StringProperty topicProperty() {
        return topic;
    }

    /** The same title on the same channel the same day is the same item (the template's natural key). */
    @Override
    protected String titleOf(NewsItem record) {
        return record.title() + " @ " + record.channel();
    }

    @Override
    protected void checkOwn(FieldChecks checks, Optional<LocalDate> date) {
        checks.required(TITLE, title.get());
        if (stripped(channel.get()).isEmpty()) {
            checks.fail(CHANNEL, "activity.error.choose");
        }
        checks.webLink(LINK, link.get());
        checks.optionalWholeNumber(VIEWS, views.get(), 0, Integer.MAX_VALUE, "activity.error.notNegative");
        checks.fits(TOPIC, stripped(topic.get()));
    }

    @Override
    protected NewsItem build(RecordMeta meta, LocalDate date, String note, String recordedBy) {
        OptionalInt viewCount = FieldChecks.parseWhole(views.get());
        return new NewsItem(meta, date, stripped(title.get()), stripped(channel.get()), stripped(link.get()),
                viewCount.isPresent() ? viewCount.getAsInt() : null, stripped(topic.get()), note, recordedBy);
    }

    @Override
    protected void fillOwn(NewsItem record) {
        title.set(record.title());
        channel.set(record.channel());
        link.set(record.link());
        views.set(text(record.views()));
        topic.set(record.topic());
    }

    /** Channel and topic stay: an office posts a series of items on the same page. */
    @Override
    protected void clearOwn() {
        title.set("");
        link.set("");
        views.set("");
    }
}
