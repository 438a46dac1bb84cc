package vn.dxoutreach.ui.dashboard;

import javafx.geometry.Orientation;
import javafx.scene.control.ScrollBar;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.BorderPane;
import org.jfree.chart.fx.ChartViewer;
import vn.dxoutreach.report.UnitBarsWindow;

/**
 * The units' bars, as many rows as the tab has room for, each with its unit's name; the scroll bar
 * beside the chart (with the mouse or the keyboard) and the mouse wheel over it slide the rows through
 * all units.
 */
final class UnitBars extends BorderPane {

    /** Room per unit, so that every unit's name is written and none overlaps. */
    private static final double ROW = 17;
    /** The chart's title, legend and value axis around its rows. */
    private static final double FRAME = 110;
    /** Rows the mouse wheel moves at a notch. */
    private static final int WHEEL_ROWS = 3;

    private final UnitBarsWindow window;
    private final ScrollBar slider = new ScrollBar();

    UnitBars(UnitBarsWindow window) {
        this.window = window;
        ChartViewer viewer = new ChartViewer(window.chart());
        setCenter(viewer);
        slider.setOrientation(Orientation.VERTICAL);
        slider.setUnitIncrement(1);
        slider.setId("dashboard-bars-slider");
        // reached with Tab like the other controls: the up and down keys slide the rows a screenful
        slider.setFocusTraversable(true);
        setRight(slider);
        slider.valueProperty().addListener((o, a, value) -> window.show((int) Math.round(value.doubleValue()), rows()));
        heightProperty().addListener((o, a, height) -> fit());
        // the wheel slides the rows (the chart's own wheel zoom would lose the names' scale)
        viewer.addEventFilter(ScrollEvent.SCROLL, e -> {
            if (e.getDeltaY() != 0) {
                slider.setValue(Math.max(0, Math.min(slider.getMax(),
                        slider.getValue() - Math.signum(e.getDeltaY()) * WHEEL_ROWS)));
            }
            e.consume();
        });
        setMinHeight(0);
        fit();
    }

    /** The rows that fit the height the tab gives. */
    int rows() {
        return Math.max(1, (int) ((getHeight() - FRAME) / ROW));
    }

    /** The scroll bar's range and thumb for the rows that fit now; shown only when some rows are hidden. */
    private void fit() {
        int units = window.units();
        int rows = window.slides() ? Math.min(rows(), units) : units;
        int hidden = units - rows;
        slider.setMax(hidden);
        slider.setVisibleAmount(hidden == 0 ? 0 : (double) hidden * rows / units);
        slider.setBlockIncrement(rows);
        slider.setVisible(hidden > 0);
        slider.setManaged(hidden > 0);
        slider.setValue(Math.min(slider.getValue(), hidden));
        window.show((int) Math.round(slider.getValue()), rows);
    }
}
