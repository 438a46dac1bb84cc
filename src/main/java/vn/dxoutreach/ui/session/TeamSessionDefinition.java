package vn.dxoutreach.ui.session;

import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TextField;
import vn.dxoutreach.domain.ActivityKind;
import vn.dxoutreach.domain.TeamSession;
import vn.dxoutreach.ui.UiContext;
import vn.dxoutreach.ui.activity.ActivityColumns;
import vn.dxoutreach.ui.activity.ActivityDefinition;
import vn.dxoutreach.ui.activity.ActivityScreen;
import vn.dxoutreach.ui.activity.FormGrid;
import vn.dxoutreach.ui.activity.Pickers;
import vn.dxoutreach.ui.activity.Topics;

/** Tổ công nghệ số cộng đồng: the sessions in which the community teams help citizens. */
public final class TeamSessionDefinition extends ActivityDefinition<TeamSession, TeamSessionFormViewModel> {

    private TeamSessionDefinition(UiContext context) {
        super(context, ActivityKind.TEAM_SESSION, "session.title", "session.field.heldOn", TeamSessionFormViewModel::new);
    }

    /** The screen, for the navigation: the sessions, and the teams' members (Thành viên tổ) beside them. */
    public static Node screen(UiContext context) {
        javafx.scene.control.Tab sessions = new javafx.scene.control.Tab(context.messages().get("roster.tab.sessions"),
                new ActivityScreen<>(context, new TeamSessionDefinition(context)));
        javafx.scene.control.Tab members = new javafx.scene.control.Tab(context.messages().get("roster.tab.members"));
        members.setId("roster-tab");
        // the roster is built when first shown: most visits are for the sessions
        members.selectedProperty().addListener((o, was, selected) -> {
            if (selected && members.getContent() == null) {
                members.setContent(new vn.dxoutreach.ui.roster.RosterView(context));
            }
        });
        javafx.scene.control.TabPane tabs = new javafx.scene.control.TabPane(sessions, members);
        tabs.setTabClosingPolicy(javafx.scene.control.TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.setId("session-tabs");
        return tabs;
    }

    @Override
    public List<TableColumn<TeamSession, ?>> columns(ActivityColumns<TeamSession> columns) {
        return List.of(
                columns.text("session.field.supportTopic", TeamSession::supportTopic, 200),
                columns.number("session.field.peopleHelped", TeamSession::peopleHelped),
                columns.number("session.field.appsInstalled", TeamSession::appsInstalled),
                columns.text("session.field.location", TeamSession::location, 160));
    }

    @Override
    public void addFields(FormGrid grid, TeamSessionFormViewModel vm) {
        grid.add(messages.get("session.field.supportTopic"), TeamSessionFormViewModel.TOPIC,
                Pickers.suggestions(Topics.suggestions(messages), vm.supportTopicProperty()));
        TextField people = grid.add(messages.get("session.field.peopleHelped"), TeamSessionFormViewModel.PEOPLE,
                new TextField());
        people.textProperty().bindBidirectional(vm.peopleHelpedProperty());
        TextField apps = grid.add(messages.get("session.field.appsInstalled"), TeamSessionFormViewModel.APPS,
                new TextField());
        apps.textProperty().bindBidirectional(vm.appsInstalledProperty());
        TextField location = grid.add(messages.get("session.field.location"), "location", new TextField());
        location.textProperty().bindBidirectional(vm.locationProperty());
    }
}
