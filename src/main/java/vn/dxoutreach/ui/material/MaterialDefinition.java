package vn.dxoutreach.ui.material;

import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TextField;
import vn.dxoutreach.domain.ActivityKind;
import vn.dxoutreach.domain.ChoiceList;
import vn.dxoutreach.domain.Material;
import vn.dxoutreach.ui.UiContext;
import vn.dxoutreach.ui.activity.ActivityColumns;
import vn.dxoutreach.ui.activity.ActivityDefinition;
import vn.dxoutreach.ui.activity.ActivityScreen;
import vn.dxoutreach.ui.activity.ChoicePicker;
import vn.dxoutreach.ui.activity.FormGrid;

/** Tài liệu – tin nhắn: leaflets, handbooks and posters handed out, SMS and Zalo messages sent. */
public final class MaterialDefinition extends ActivityDefinition<Material, MaterialFormViewModel> {

    private MaterialDefinition(UiContext context) {
        super(context, ActivityKind.MATERIAL, "material.title", "material.field.madeOn", MaterialFormViewModel::new);
    }

    /** The screen, for the navigation. */
    public static Node screen(UiContext context) {
        return new ActivityScreen<>(context, new MaterialDefinition(context));
    }

    @Override
    public List<TableColumn<Material, ?>> columns(ActivityColumns<Material> columns) {
        return List.of(
                columns.text("material.field.type", Material::type, 130),
                columns.text("material.field.title", Material::title, 240),
                columns.number("material.field.quantity", Material::quantity));
    }

    @Override
    public void addFields(FormGrid grid, MaterialFormViewModel vm) {
        grid.add(messages.get("material.field.type"), MaterialFormViewModel.TYPE,
                ChoicePicker.of(context, ChoiceList.MATERIAL_TYPE, vm.typeProperty())).setId("form-type");
        TextField title = grid.add(messages.get("material.field.title"), MaterialFormViewModel.TITLE, new TextField());
        title.textProperty().bindBidirectional(vm.titleProperty());
        title.setId("form-title");
        TextField quantity = grid.add(messages.get("material.field.quantity"), MaterialFormViewModel.QUANTITY,
                new TextField());
        quantity.textProperty().bindBidirectional(vm.quantityProperty());
        quantity.setId("form-quantity");
    }
}
