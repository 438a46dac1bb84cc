package vn.dxoutreach.ui.activity;

import atlantafx.base.theme.Styles;
import java.util.List;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.SortedList;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import vn.dxoutreach.text.Formats;
import vn.dxoutreach.text.Messages;

/** The table of an activity screen with the line under it that says how many records it shows. */
public final class ActivityTable<T> extends VBox {

    private final Messages messages;
    private final ObservableList<T> rows = FXCollections.observableArrayList();
    private final TableView<T> table = new TableView<>();
    private final Label count = new Label();
    private final javafx.scene.layout.HBox footer = new javafx.scene.layout.HBox(8);

    public ActivityTable(Messages messages, List<TableColumn<T, ?>> columns) {
        super(6);
        this.messages = messages;
        SortedList<T> sorted = new SortedList<>(rows);
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setItems(sorted);
        table.getColumns().setAll(columns);
        // the columns share the table's width (no sideways scrolling on a laptop); the "+" menu at the
        // right of the header hides the ones a user does not need
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setTableMenuButtonVisible(true);
        Label placeholder = new Label(messages.get("activity.table.none"));
        placeholder.setWrapText(true);
        placeholder.setPadding(new javafx.geometry.Insets(16));
        table.setPlaceholder(placeholder);
        table.setId("activity-table");
        table.getStyleClass().addAll(Styles.DENSE, Styles.STRIPED);
        count.setId("activity-count");
        count.getStyleClass().add("text-muted");
        VBox.setVgrow(table, Priority.ALWAYS);
        footer.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        javafx.scene.layout.Region grow = new javafx.scene.layout.Region();
        javafx.scene.layout.HBox.setHgrow(grow, Priority.ALWAYS);
        footer.getChildren().addAll(count, grow);
        getChildren().addAll(table, footer);
    }

    /** Puts a control (the export button) at the right of the line under the table. */
    public void addFooter(javafx.scene.Node node) {
        footer.getChildren().add(node);
    }

    /** Hides the columns the user hid last time (under {@code key}) and remembers what they hide from now on. */
    public void rememberColumns(vn.dxoutreach.ui.UiSettings remembered, String key) {
        java.util.Set<String> hidden = new java.util.HashSet<>(List.of(remembered.get(key).orElse("").split("\\|")));
        for (TableColumn<T, ?> column : table.getColumns()) {
            column.setVisible(!hidden.contains(column.getText()));
            column.visibleProperty().addListener((o, was, now) -> remembered.put(key, String.join("|",
                    table.getColumns().stream().filter(c -> !c.isVisible()).map(TableColumn::getText).toList())));
        }
    }

    public TableView<T> view() {
        return table;
    }

    /**
     * Shows the rows of a query; says when the query's limit cut the list short, and when the
     * list is empty, whether the filter hides rows or there are simply none yet.
     */
    public void show(List<T> found, int limit, boolean filtered) {
        ((Label) table.getPlaceholder()).setText(messages.get(filtered ? "activity.table.empty" : "activity.table.none"));
        rows.setAll(found);
        count.setText(found.size() >= limit
                ? messages.get("activity.table.capped", Formats.number(found.size()))
                : messages.get("activity.table.count", Formats.number(found.size())));
    }

    public void loading() {
        count.setText(messages.get("activity.table.loading"));
    }
}
