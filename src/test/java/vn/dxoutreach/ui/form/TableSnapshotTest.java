package vn.dxoutreach.ui.form;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeoutException;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeTableColumn;
import javafx.scene.control.TreeTableView;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import vn.dxoutreach.domain.ActivityKind;
import vn.dxoutreach.text.Messages;

/** What "Xuất Excel" takes from a table: visible columns, rows as shown, every row of a tree. */
class TableSnapshotTest {

    private record Row(String name, LocalDate date, ActivityKind kind) {
    }

    @BeforeAll
    static void toolkit() throws TimeoutException {
        FxToolkit.registerPrimaryStage();
    }

    @Test
    void aTableGivesItsVisibleColumnsWithRealDatesAndLabelsInTheOrderShown() {
        TableView<Row> table = new TableView<>();
        TableColumn<Row, String> name = new TableColumn<>("Tên");
        name.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().name()));
        TableColumn<Row, LocalDate> date = new TableColumn<>("Ngày");
        date.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().date()));
        TableColumn<Row, ActivityKind> kind = new TableColumn<>("Loại");
        kind.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().kind()));
        TableColumn<Row, String> hidden = new TableColumn<>("Ẩn");
        hidden.setVisible(false);
        table.getColumns().setAll(List.of(name, date, kind, hidden));
        table.getItems().setAll(new Row("B", LocalDate.of(2026, 10, 2), ActivityKind.BANNER),
                new Row("A", LocalDate.of(2026, 10, 1), ActivityKind.BROADCAST));

        TableSnapshot snapshot = TableSnapshot.of(table, Messages.vietnamese());

        assertThat(snapshot.headers()).containsExactly("Tên", "Ngày", "Loại");
        assertThat(snapshot.rows()).containsExactly(
                List.of("B", LocalDate.of(2026, 10, 2), Messages.vietnamese().label(ActivityKind.BANNER)),
                List.of("A", LocalDate.of(2026, 10, 1), Messages.vietnamese().label(ActivityKind.BROADCAST)));
    }

    @Test
    void aTreeGivesEveryRowParentsFirstEvenWhenCollapsed() {
        TreeTableView<String> tree = new TreeTableView<>(new TreeItem<>());
        tree.setShowRoot(false);
        TreeTableColumn<String, String> name = new TreeTableColumn<>("Tên đơn vị");
        name.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().getValue()));
        tree.getColumns().add(name);
        TreeItem<String> district = new TreeItem<>("Huyện");
        TreeItem<String> commune = new TreeItem<>("Xã");
        commune.getChildren().add(new TreeItem<>("Thôn"));
        commune.setExpanded(false);
        district.getChildren().addAll(commune, new TreeItem<>("Xã 2"));
        tree.getRoot().getChildren().add(district);

        TableSnapshot snapshot = TableSnapshot.of(tree, Messages.vietnamese());

        assertThat(snapshot.rows()).extracting(r -> r.get(0)).containsExactly("Huyện", "Xã", "Thôn", "Xã 2");
    }
}
