package vn.dxoutreach.ui.dashboard;

import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import javafx.geometry.Orientation;
import javafx.geometry.VPos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;
import vn.dxoutreach.progress.PairState;
import vn.dxoutreach.progress.TargetProgress;
import vn.dxoutreach.report.PairHeatMap;

/**
 * The unit × period grid of met / missed / open / future pairs on screen, drawn on a canvas: only the
 * rows in sight are drawn, the rows scroll, and the words of a cell are made only for the cell under
 * the mouse. (A chart of ~90,000 cells made a tooltip and an entity for each cell on the FX thread.)
 * The printed and exported grid stays {@link PairHeatMap}'s chart.
 */
final class PairGrid extends Region {

    static final double ROW = 13;
    private static final double LABEL_WIDTH = 170;
    private static final double HEADER = 22;
    private static final double LABEL_GAP = 56;

    /** What the grid shows, worked out off the FX thread: names and each pair's state. */
    record Cells(List<String> units, List<String> buckets, byte[] states) {

        static Cells of(TargetProgress progress) {
            int buckets = progress.buckets().size();
            byte[] states = new byte[progress.units().size() * buckets];
            for (int u = 0; u < progress.units().size(); u++) {
                List<PairState> pairs = progress.units().get(u).pairs();
                for (int b = 0; b < buckets; b++) {
                    states[u * buckets + b] = (byte) pairs.get(b).ordinal();
                }
            }
            return new Cells(progress.units().stream().map(u -> u.unit().name()).toList(),
                    progress.buckets().stream().map(b -> PairHeatMap.label(b, progress.target().cadence())).toList(),
                    states);
        }

        PairState state(int unit, int bucket) {
            return PairState.values()[states[unit * buckets.size() + bucket]];
        }
    }

    private static final Color[] FILLS = java.util.Arrays.stream(PairState.values())
            .map(s -> Color.rgb(PairHeatMap.rgb(s) >> 16 & 0xff, PairHeatMap.rgb(s) >> 8 & 0xff, PairHeatMap.rgb(s) & 0xff))
            .toArray(Color[]::new);
    private static final Color MARK = Color.web(String.format("#%06x", PairHeatMap.missedMarkRgb()));

    private final Cells cells;
    private final Canvas canvas = new Canvas();
    private final ScrollBar rows = new ScrollBar();
    private final Tooltip tooltip = new Tooltip();
    private final BiFunction<Integer, Integer, String> words;
    private int hoveredUnit = -1;
    private int hoveredBucket = -1;

    /**
     * @param words   the words of a cell (unit, bucket), asked only for the cell under the mouse
     * @param clicked what a click on a cell (unit, bucket) opens
     */
    PairGrid(Cells cells, BiFunction<Integer, Integer, String> words, BiConsumer<Integer, Integer> clicked) {
        this.cells = cells;
        this.words = words;
        setId("dashboard-heat-grid");
        rows.setOrientation(Orientation.VERTICAL);
        rows.valueProperty().addListener((o, a, b) -> draw());
        getChildren().addAll(canvas, rows);
        tooltip.setShowDelay(javafx.util.Duration.millis(150));
        canvas.setOnMouseMoved(this::hover);
        canvas.setOnMouseExited(e -> {
            hoveredUnit = -1;
            tooltip.hide();
        });
        canvas.setOnMouseClicked(e -> {
            int[] cell = cellAt(e.getX(), e.getY());
            if (cell != null) {
                clicked.accept(cell[0], cell[1]);
            }
        });
        canvas.setOnScroll(this::scroll);
        setMinHeight(HEADER + ROW * Math.min(cells.units().size(), 6));
        setPrefHeight(HEADER + ROW * cells.units().size() + 4);
    }

    private void scroll(ScrollEvent e) {
        rows.setValue(Math.max(rows.getMin(), Math.min(rows.getMax(), rows.getValue() - e.getDeltaY() / ROW)));
        e.consume();
    }

    private int visibleRows() {
        return (int) Math.max(1, Math.floor((canvas.getHeight() - HEADER) / ROW));
    }

    private double cellWidth() {
        return cells.buckets().isEmpty() ? 0 : Math.max(1, (canvas.getWidth() - LABEL_WIDTH - 4) / cells.buckets().size());
    }

    @Override
    protected void layoutChildren() {
        double barWidth = rows.prefWidth(-1);
        int hidden = cells.units().size() - (int) Math.floor((getHeight() - HEADER) / ROW);
        boolean scrolls = hidden > 0;
        rows.setVisible(scrolls);
        double canvasWidth = getWidth() - (scrolls ? barWidth : 0);
        canvas.setWidth(Math.max(0, canvasWidth));
        canvas.setHeight(Math.max(0, getHeight()));
        rows.resizeRelocate(canvasWidth, 0, barWidth, getHeight());
        rows.setMin(0);
        rows.setMax(Math.max(0, hidden));
        rows.setVisibleAmount(Math.max(1, cells.units().size() - Math.max(0, hidden)));
        draw();
    }

    /** Draws the rows in sight only. */
    private void draw() {
        GraphicsContext g = canvas.getGraphicsContext2D();
        g.setFill(Color.WHITE);
        g.fillRect(0, 0, canvas.getWidth(), canvas.getHeight());
        int buckets = cells.buckets().size();
        if (buckets == 0) {
            return;
        }
        double w = cellWidth();
        int first = (int) Math.round(rows.getValue());
        int last = Math.min(cells.units().size(), first + visibleRows());
        g.setFont(Font.font(vn.dxoutreach.ui.Theme.UI_FONT, 10));
        g.setFill(Color.BLACK);
        g.setTextBaseline(VPos.CENTER);
        g.setTextAlign(TextAlignment.LEFT);
        int every = (int) Math.max(1, Math.ceil(LABEL_GAP / w));
        for (int b = 0; b < buckets; b += every) {
            g.fillText(cells.buckets().get(b), LABEL_WIDTH + b * w, HEADER / 2);
        }
        for (int u = first; u < last; u++) {
            double y = HEADER + (u - first) * ROW;
            g.setFill(Color.BLACK);
            g.setTextAlign(TextAlignment.RIGHT);
            g.fillText(cells.units().get(u), LABEL_WIDTH - 6, y + ROW / 2, LABEL_WIDTH - 8);
            for (int b = 0; b < buckets; b++) {
                PairState state = cells.state(u, b);
                double x = LABEL_WIDTH + b * w;
                g.setFill(FILLS[state.ordinal()]);
                g.fillRect(x, y, Math.max(1, w - (w > 3 ? 1 : 0)), ROW - 1);
                if (state == PairState.MISSED && w > 3) {
                    g.setStroke(MARK);
                    g.setLineWidth(1.2);
                    g.strokeLine(x, y, x + w - 1, y + ROW - 1);
                }
            }
        }
    }

    /** The (unit, bucket) under a point of the canvas, or null. */
    int[] cellAt(double x, double y) {
        double w = cellWidth();
        if (w <= 0 || x < LABEL_WIDTH || y < HEADER) {
            return null;
        }
        int bucket = (int) ((x - LABEL_WIDTH) / w);
        int unit = (int) Math.round(rows.getValue()) + (int) ((y - HEADER) / ROW);
        if (bucket >= cells.buckets().size() || unit >= cells.units().size()) {
            return null;
        }
        return new int[] {unit, bucket};
    }

    /** The words of the cell last under the mouse ("" before any). */
    String words() {
        return tooltip.getText() == null ? "" : tooltip.getText();
    }

    /** Only the cell under the mouse gets its words. */
    private void hover(MouseEvent e) {
        int[] cell = cellAt(e.getX(), e.getY());
        if (cell == null) {
            hoveredUnit = -1;
            tooltip.hide();
            return;
        }
        if (cell[0] != hoveredUnit || cell[1] != hoveredBucket) {
            hoveredUnit = cell[0];
            hoveredBucket = cell[1];
            tooltip.setText(words.apply(cell[0], cell[1]));
        }
        tooltip.show(canvas, e.getScreenX() + 12, e.getScreenY() + 12);
    }
}
