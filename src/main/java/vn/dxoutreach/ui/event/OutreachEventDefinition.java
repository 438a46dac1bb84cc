package vn.dxoutreach.ui.event;

import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TextField;
import vn.dxoutreach.domain.ActivityKind;
import vn.dxoutreach.domain.ChoiceList;
import vn.dxoutreach.domain.OutreachEvent;
import vn.dxoutreach.ui.UiContext;
import vn.dxoutreach.ui.activity.ActivityColumns;
import vn.dxoutreach.ui.activity.ActivityDefinition;
import vn.dxoutreach.ui.activity.ActivityScreen;
import vn.dxoutreach.ui.activity.ChoicePicker;
import vn.dxoutreach.ui.activity.DateField;
import vn.dxoutreach.ui.activity.FormGrid;

/** Sự kiện: conferences, seminars, exhibitions, trainings, contests, Digital Sundays, extracurricular sessions. */
public final class OutreachEventDefinition extends ActivityDefinition<OutreachEvent, OutreachEventFormViewModel> {

    private OutreachEventDefinition(UiContext context) {
        super(context, ActivityKind.EVENT, "event.title", "event.field.startsOn", OutreachEventFormViewModel::new);
    }

    /** The screen, for the navigation. */
    public static Node screen(UiContext context) {
        return new ActivityScreen<>(context, new OutreachEventDefinition(context));
    }

    @Override
    public List<TableColumn<OutreachEvent, ?>> columns(ActivityColumns<OutreachEvent> columns) {
        return List.of(
                columns.text("event.field.name", OutreachEvent::name, 170),
                columns.text("event.field.type", OutreachEvent::type, 110),
                columns.number("event.field.participants", OutreachEvent::participants),
                columns.date("event.field.endsOn", OutreachEvent::endsOn),
                columns.text("event.field.organiser", OutreachEvent::organiser, 140),
                columns.text("event.field.location", OutreachEvent::location, 140));
    }

    @Override
    public void addFields(FormGrid grid, OutreachEventFormViewModel vm) {
        grid.add(messages.get("event.field.endsOn"), OutreachEventFormViewModel.ENDS,
                DateField.bound(vm.endsTextProperty(), messages.get("event.field.endsOnPrompt"))).setId("form-endsOn");
        TextField name = grid.add(messages.get("event.field.name"), OutreachEventFormViewModel.NAME, new TextField());
        name.textProperty().bindBidirectional(vm.nameProperty());
        name.setId("form-name");
        grid.add(messages.get("event.field.type"), OutreachEventFormViewModel.TYPE,
                ChoicePicker.of(context, ChoiceList.EVENT_TYPE, vm.typeProperty())).setId("form-type");
        TextField organiser = grid.add(messages.get("event.field.organiser"), OutreachEventFormViewModel.ORGANISER,
                new TextField());
        organiser.textProperty().bindBidirectional(vm.organiserProperty());
        TextField participants = grid.add(messages.get("event.field.participants"),
                OutreachEventFormViewModel.PARTICIPANTS, new TextField());
        participants.textProperty().bindBidirectional(vm.participantsProperty());
        participants.setId("form-participants");
        TextField location = grid.add(messages.get("event.field.location"), OutreachEventFormViewModel.LOCATION,
                new TextField());
        location.textProperty().bindBidirectional(vm.locationProperty());
    }
}
