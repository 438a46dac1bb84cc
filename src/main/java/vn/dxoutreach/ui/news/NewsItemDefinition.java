package vn.dxoutreach.ui.news;

import java.util.List;
import java.util.function.Function;
import javafx.scene.Node;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TextField;
import vn.dxoutreach.domain.ActivityKind;
import vn.dxoutreach.domain.ChoiceList;
import vn.dxoutreach.domain.NewsItem;
import vn.dxoutreach.ui.UiContext;
import vn.dxoutreach.ui.activity.ActivityColumns;
import vn.dxoutreach.ui.activity.ActivityDefinition;
import vn.dxoutreach.ui.activity.ActivityScreen;
import vn.dxoutreach.ui.activity.ChoicePicker;
import vn.dxoutreach.ui.activity.FormGrid;
import vn.dxoutreach.ui.activity.Pickers;
import vn.dxoutreach.ui.activity.Topics;

/** Tin bài: news items and posts on the portal, the press, television, radio and social networks. */
public final class NewsItemDefinition extends ActivityDefinition<NewsItem, NewsItemFormViewModel> {

    private NewsItemDefinition(UiContext context) {
        super(context, ActivityKind.NEWS, "news.title", "news.field.publishedOn", NewsItemFormViewModel::new);
    }

    /** The screen, for the navigation. */
    public static Node screen(UiContext context) {
        return new ActivityScreen<>(context, new NewsItemDefinition(context));
    }

    @Override
    public List<TableColumn<NewsItem, ?>> columns(ActivityColumns<NewsItem> columns) {
        return List.of(
                columns.text("news.field.title", NewsItem::title, 220),
                columns.text("news.field.channel", NewsItem::channel, 130),
                columns.link("news.field.link", NewsItem::link, 160, context.dialogs()::browse),
                columns.optionalNumber("news.field.views", NewsItem::views),
                columns.text("news.field.topic", NewsItem::topic, 130));
    }

    @Override
    public void addFields(FormGrid grid, NewsItemFormViewModel vm) {
        TextField title = grid.add(messages.get("news.field.title"), NewsItemFormViewModel.TITLE, new TextField());
        title.textProperty().bindBidirectional(vm.titleProperty());
        title.setId("form-title");
        grid.add(messages.get("news.field.channel"), NewsItemFormViewModel.CHANNEL,
                ChoicePicker.of(context, ChoiceList.NEWS_CHANNEL, vm.channelProperty())).setId("form-channel");
        TextField link = grid.add(messages.get("news.field.link"), NewsItemFormViewModel.LINK, new TextField());
        link.textProperty().bindBidirectional(vm.linkProperty());
        link.setPromptText(messages.get("news.field.linkPrompt"));
        link.setId("form-link");
        TextField views = grid.add(messages.get("news.field.views"), NewsItemFormViewModel.VIEWS, new TextField());
        views.textProperty().bindBidirectional(vm.viewsProperty());
        views.setPromptText(messages.get("news.field.viewsPrompt"));
        views.setId("form-views");
        grid.add(messages.get("news.field.topic"), NewsItemFormViewModel.TOPIC,
                Pickers.suggestions(Topics.suggestions(messages), vm.topicProperty()));
    }

    @Override
    public Function<NewsItem, String> linkOf() {
        return NewsItem::link;
    }
}
