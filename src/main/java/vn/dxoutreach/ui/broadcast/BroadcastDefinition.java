package vn.dxoutreach.ui.broadcast;

import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TextField;
import vn.dxoutreach.domain.ActivityKind;
import vn.dxoutreach.domain.Broadcast;
import vn.dxoutreach.domain.Production;
import vn.dxoutreach.domain.Slot;
import vn.dxoutreach.ui.UiContext;
import vn.dxoutreach.ui.activity.ActivityColumns;
import vn.dxoutreach.ui.activity.ActivityDefinition;
import vn.dxoutreach.ui.activity.ActivityScreen;
import vn.dxoutreach.ui.activity.FormGrid;
import vn.dxoutreach.ui.activity.Pickers;
import vn.dxoutreach.ui.activity.Topics;

/** Phát thanh: the airings of the loudspeaker stations. */
public final class BroadcastDefinition extends ActivityDefinition<Broadcast, BroadcastFormViewModel> {

    private BroadcastDefinition(UiContext context) {
        super(context, ActivityKind.BROADCAST, "broadcast.title", "broadcast.field.airedOn", BroadcastFormViewModel::new);
    }

    /** The screen, for the navigation. */
    public static Node screen(UiContext context) {
        return new ActivityScreen<>(context, new BroadcastDefinition(context));
    }

    @Override
    public List<TableColumn<Broadcast, ?>> columns(ActivityColumns<Broadcast> columns) {
        return List.of(
                columns.label("broadcast.field.slot", Broadcast::slot, 60),
                columns.text("broadcast.field.programTitle", Broadcast::programTitle, 210),
                columns.label("broadcast.field.production", Broadcast::production, 95),
                columns.number("broadcast.field.minutes", Broadcast::minutes),
                columns.text("broadcast.field.topic", Broadcast::topic, 140));
    }

    @Override
    public void addFields(FormGrid grid, BroadcastFormViewModel vm) {
        ComboBox<Slot> slot = grid.add(messages.get("broadcast.field.slot"), BroadcastFormViewModel.SLOT,
                Pickers.labels(Slot.class, messages));
        slot.valueProperty().bindBidirectional(vm.slotProperty());
        TextField title = grid.add(messages.get("broadcast.field.programTitle"), BroadcastFormViewModel.TITLE,
                new TextField());
        title.textProperty().bindBidirectional(vm.programTitleProperty());
        title.setId("form-programTitle");
        ComboBox<Production> production = grid.add(messages.get("broadcast.field.production"),
                BroadcastFormViewModel.PRODUCTION, Pickers.labels(Production.class, messages));
        production.valueProperty().bindBidirectional(vm.productionProperty());
        TextField minutes = grid.add(messages.get("broadcast.field.minutes"), BroadcastFormViewModel.MINUTES,
                new TextField());
        minutes.textProperty().bindBidirectional(vm.minutesProperty());
        minutes.setId("form-minutes");
        grid.add(messages.get("broadcast.field.topic"), "topic",
                Pickers.suggestions(Topics.suggestions(messages), vm.topicProperty()));
    }
}
