package vn.dxoutreach.ui.exchange;

import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import vn.dxoutreach.exchange.pkg.ConflictPolicy;
import vn.dxoutreach.exchange.pkg.ConflictSide;
import vn.dxoutreach.text.Messages;
import vn.dxoutreach.ui.form.FormGrid;
import vn.dxoutreach.ui.form.TableColumns;

/**
 * The conflicts of the package being received: the list, the chosen conflict's two versions side by
 * side, and the choice of the version to keep, one by one or for all. Hidden while there are none.
 */
final class ConflictsPane extends VBox {

    private final ConflictsViewModel model;
    private final Messages messages;
    private final TableView<ConflictRow> table = new TableView<>();
    private final ComparisonGrid comparison = new ComparisonGrid();
    private final ToggleGroup sides = new ToggleGroup();
    private final RadioButton keepMine = new RadioButton();
    private final RadioButton takeTheirs = new RadioButton();
    private final Label heading = new Label();

    /** {@code receive} is the screen's "Nhận dữ liệu" button, repeated below the choices. */
    ConflictsPane(ConflictsViewModel model, Messages messages, Button receive) {
        super(8);
        this.model = model;
        this.messages = messages;
        setId("exchange-conflicts");
        heading.getStyleClass().add(FormGrid.SECTION_STYLE);
        Label hint = new Label(messages.get("exchange.conflict.hint"));
        hint.setWrapText(true);
        HBox all = new HBox(8, allButton("exchange.conflict.allNewer", ConflictPolicy.NEWER),
                allButton("exchange.conflict.allMine", ConflictPolicy.MINE),
                allButton("exchange.conflict.allTheirs", ConflictPolicy.THEIRS));
        keepMine.setText(model.sideLabel(ConflictSide.MINE));
        keepMine.setId("conflict-keep-mine");
        keepMine.setUserData(ConflictSide.MINE);
        takeTheirs.setText(model.sideLabel(ConflictSide.THEIRS));
        takeTheirs.setId("conflict-take-theirs");
        takeTheirs.setUserData(ConflictSide.THEIRS);
        keepMine.setToggleGroup(sides);
        takeTheirs.setToggleGroup(sides);
        HBox choice = new HBox(24, keepMine, takeTheirs);
        choice.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        sides.selectedToggleProperty().addListener((o, old, now) -> {
            ConflictRow row = table.getSelectionModel().getSelectedItem();
            if (row != null && now != null) {
                row.sideProperty().set((ConflictSide) now.getUserData());
            }
        });
        setUpTable();
        Button receiveHere = new Button(messages.get("exchange.conflict.receive"));
        receiveHere.setId("exchange-conflicts-receive");
        receiveHere.getStyleClass().add("accent");
        receiveHere.disableProperty().bind(receive.disableProperty());
        receiveHere.setOnAction(e -> receive.fire());
        getChildren().setAll(heading, hint, all, table, choice, comparison, receiveHere);
        visibleProperty().bind(Bindings.isNotEmpty(model.rows()));
        managedProperty().bind(visibleProperty());
        model.rows().addListener((javafx.collections.ListChangeListener<ConflictRow>) c -> refresh());
    }

    private void setUpTable() {
        TableColumn<ConflictRow, String> kept = new TableColumn<>(messages.get("exchange.conflict.column.kept"));
        kept.setCellValueFactory(cell -> Bindings.createStringBinding(
                () -> model.sideLabel(cell.getValue().sideProperty().get()), cell.getValue().sideProperty()));
        kept.setPrefWidth(220);
        table.getColumns().setAll(List.of(
                TableColumns.of(messages.get("exchange.column.kind"), ConflictRow::kind, 150),
                TableColumns.of(messages.get("exchange.conflict.column.record"), ConflictRow::title, 320),
                TableColumns.of(messages.get("exchange.conflict.column.newer"), model::newerLabel, 150),
                kept));
        table.setItems(model.rows());
        table.setPrefHeight(180);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getSelectionModel().selectedItemProperty().addListener((o, old, row) -> showRow(row));
    }

    private Button allButton(String key, ConflictPolicy policy) {
        Button button = new Button(messages.get(key));
        button.setOnAction(e -> {
            model.chooseAll(policy);
            showRow(table.getSelectionModel().getSelectedItem());
        });
        return button;
    }

    private void refresh() {
        heading.setText(messages.get("exchange.conflict.section", model.rows().size()));
        if (!model.rows().isEmpty()) {
            table.getSelectionModel().selectFirst();
        }
    }

    private void showRow(ConflictRow row) {
        if (row == null) {
            comparison.clear();
            sides.selectToggle(null);
            return;
        }
        sides.selectToggle(row.sideProperty().get() == ConflictSide.MINE ? keepMine : takeTheirs);
        comparison.show(messages.get("exchange.conflict.column.field"), model.compare(row));
    }
}
