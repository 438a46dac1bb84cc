package vn.dxoutreach.ui.banner;

import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TextField;
import vn.dxoutreach.domain.ActivityKind;
import vn.dxoutreach.domain.Banner;
import vn.dxoutreach.domain.BannerKind;
import vn.dxoutreach.domain.RecordMeta;
import vn.dxoutreach.domain.Slogan;
import vn.dxoutreach.store.SloganRepository;

import vn.dxoutreach.ui.UiContext;
import vn.dxoutreach.ui.activity.ActivityColumns;
import vn.dxoutreach.ui.activity.ActivityDefinition;
import vn.dxoutreach.ui.activity.ActivityScreen;
import vn.dxoutreach.ui.activity.DateField;
import vn.dxoutreach.ui.activity.FormGrid;
import vn.dxoutreach.ui.activity.OfficeUnits;
import vn.dxoutreach.ui.activity.Pickers;

/** Băng rôn – Khẩu hiệu: banners, slogans, panels and screens; the slogan comes from the slogan list. */
public final class BannerDefinition extends ActivityDefinition<Banner, BannerFormViewModel> {

    private final SloganRepository slogans;
    private OfficeUnits units;
    private ComboBox<String> sloganBox;

    private BannerDefinition(UiContext context) {
        super(context, ActivityKind.BANNER, "banner.title", "banner.field.hungOn", BannerFormViewModel::new);
        this.slogans = context.store().slogans;
    }

    /** The screen, for the navigation. */
    public static Node screen(UiContext context) {
        return new ActivityScreen<>(context, new BannerDefinition(context));
    }

    @Override
    public BannerFormViewModel createViewModel(OfficeUnits officeUnits) {
        this.units = officeUnits;
        return super.createViewModel(officeUnits);
    }

    @Override
    public List<TableColumn<Banner, ?>> columns(ActivityColumns<Banner> columns) {
        return List.of(
                columns.date("banner.field.removedOn", Banner::removedOn),
                columns.label("banner.field.kind", Banner::kind, 100),
                columns.text("banner.field.slogan", Banner::slogan, 240),
                columns.number("banner.field.quantity", Banner::quantity),
                columns.text("banner.field.location", Banner::location, 150));
    }

    @Override
    public void addFields(FormGrid grid, BannerFormViewModel vm) {
        TextField removed = grid.add(messages.get("banner.field.removedOn"), BannerFormViewModel.REMOVED,
                DateField.bound(vm.removedTextProperty(), messages.get("banner.field.removedPrompt")));
        removed.setId("form-removedOn");
        ComboBox<BannerKind> kind = grid.add(messages.get("banner.field.kind"), BannerFormViewModel.KIND,
                Pickers.labels(BannerKind.class, messages));
        kind.valueProperty().bindBidirectional(vm.kindProperty());
        sloganBox = grid.add(messages.get("banner.field.slogan"), BannerFormViewModel.SLOGAN,
                Pickers.suggestions(slogans.ordered().stream().map(Slogan::text).toList(), vm.sloganProperty()));
        sloganBox.setId("form-slogan");
        sloganBox.setPrefWidth(220);
        sloganBox.setCellFactory(list -> new WrappingCell());
        TextField quantity = grid.add(messages.get("banner.field.quantity"), BannerFormViewModel.QUANTITY,
                new TextField());
        quantity.textProperty().bindBidirectional(vm.quantityProperty());
        quantity.setId("form-quantity");
        TextField location = grid.add(messages.get("banner.field.location"), "location", new TextField());
        location.textProperty().bindBidirectional(vm.locationProperty());
    }

    /** A slogan typed for the first time joins the list the next banners pick from. */
    @Override
    public void beforeSave(Banner banner) {
        boolean known = slogans.ordered().stream().anyMatch(s -> s.text().equalsIgnoreCase(banner.slogan()));
        if (!known) {
            slogans.save(new Slogan(RecordMeta.fresh(units.office().id(), context.clock().instant()),
                    banner.slogan(), false));
            List<String> texts = slogans.ordered().stream().map(Slogan::text).toList();
            javafx.application.Platform.runLater(() -> sloganBox.getItems().setAll(texts));
        }
    }

    /** Slogans are long: the list wraps them instead of cutting them off. */
    private static final class WrappingCell extends ListCell<String> {

        WrappingCell() {
            setWrapText(true);
            setPrefWidth(0);
            setMaxWidth(420);
        }

        @Override
        protected void updateItem(String item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty ? null : item);
        }
    }

}
