package vn.dxoutreach.ui.form;

import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import java.util.function.IntBinaryOperator;
import javafx.geometry.Orientation;
import javafx.geometry.VPos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseEvent;
import javafx.scene.control.Label;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Rectangle;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;

/**
 * A rows × columns grid in which each cell is one of a few states, drawn on a canvas: only the rows in
 * sight are drawn, the rows scroll, and the words of a cell are made only for the cell under the
 * mouse. (A chart of ~90,000 cells made a tooltip and an entity for each cell on the FX thread.) Tổng
 * quan's met / missed grid and Tình hình báo cáo's months are two of them; what is printed or
 * exported stays a chart, built only when asked for.
 */
public final class StateGrid extends Region {

    private static final double ROW = 13;
    private static final double LABEL_WIDTH = 170;
    private static final double HEADER = 22;
    private static final double LABEL_GAP = 56;
    private static final Color LABEL = Color.BLACK;

    /** A state a cell can be in: its name in the legend, its colour, and whether it is crossed out. */
    public record State(String label, Color fill, boolean crossed) {

        /** A state of a colour given as 0xRRGGBB. */
        public static State of(String label, int rgb, boolean crossed) {
            return new State(label, Color.rgb(rgb >> 16 & 0xff, rgb >> 8 & 0xff, rgb & 0xff), crossed);
        }
    }

    /** How the grid looks: its states, the colour of the line crossing a cell, and a cell outline (or null). */
    public record Look(List<State> states, Color mark, Color outline) {
    }

    /**
     * What the grid shows, worked out off the FX thread: the row and column names, and each cell's
     * state as an index into {@link Look#states()}, row after row.
     */
    public record Cells(List<String> rows, List<String> columns, byte[] states) {

        /** The cells of the names given, each in the state (an index) that {@code state} gives its (row, column). */
        public static Cells of(List<String> rows, List<String> columns, IntBinaryOperator state) {
            byte[] states = new byte[rows.size() * columns.size()];
            for (int r = 0; r < rows.size(); r++) {
                for (int c = 0; c < columns.size(); c++) {
                    states[r * columns.size() + c] = (byte) state.applyAsInt(r, c);
                }
            }
            return new Cells(rows, columns, states);
        }

        public int state(int row, int column) {
            return states[row * columns.size() + column];
        }
    }

    private final Cells cells;
    private final Look look;
    private final Canvas canvas = new Canvas();
    private final ScrollBar scroll = new ScrollBar();
    private final Tooltip tooltip = new Tooltip();
    private final BiFunction<Integer, Integer, String> words;
    private int hoveredRow = -1;
    private int hoveredColumn = -1;

    /** A grid that tells its cells' words and opens nothing when clicked. */
    public StateGrid(Cells cells, Look look, BiFunction<Integer, Integer, String> words) {
        this(cells, look, words, (row, column) -> {
            // nothing behind a cell but its words
        });
    }

    /**
     * @param words   the words of a cell (row, column), asked only for the cell under the mouse
     * @param clicked what a click on a cell (row, column) opens
     */
    public StateGrid(Cells cells, Look look, BiFunction<Integer, Integer, String> words,
            BiConsumer<Integer, Integer> clicked) {
        this.cells = cells;
        this.look = look;
        this.words = words;
        scroll.setOrientation(Orientation.VERTICAL);
        scroll.valueProperty().addListener((o, a, b) -> draw());
        getChildren().addAll(canvas, scroll);
        tooltip.setShowDelay(javafx.util.Duration.millis(150));
        canvas.setOnMouseMoved(this::hover);
        canvas.setOnMouseExited(e -> {
            hoveredRow = -1;
            tooltip.hide();
        });
        canvas.setOnMouseClicked(e -> {
            int[] cell = cellAt(e.getX(), e.getY());
            if (cell != null) {
                clicked.accept(cell[0], cell[1]);
            }
        });
        canvas.setOnScroll(this::wheel);
        setMinHeight(HEADER + ROW * Math.min(cells.rows().size(), 6));
        setPrefHeight(HEADER + ROW * cells.rows().size() + 4);
    }

    private void wheel(ScrollEvent e) {
        scroll.setValue(Math.max(scroll.getMin(), Math.min(scroll.getMax(), scroll.getValue() - e.getDeltaY() / ROW)));
        e.consume();
    }

    private int visibleRows() {
        return (int) Math.max(1, Math.floor((canvas.getHeight() - HEADER) / ROW));
    }

    private double cellWidth() {
        return cells.columns().isEmpty() ? 0 : Math.max(1, (canvas.getWidth() - LABEL_WIDTH - 4) / cells.columns().size());
    }

    @Override
    protected void layoutChildren() {
        double barWidth = scroll.prefWidth(-1);
        int hidden = cells.rows().size() - (int) Math.floor((getHeight() - HEADER) / ROW);
        boolean scrolls = hidden > 0;
        scroll.setVisible(scrolls);
        double canvasWidth = getWidth() - (scrolls ? barWidth : 0);
        canvas.setWidth(Math.max(0, canvasWidth));
        canvas.setHeight(Math.max(0, getHeight()));
        scroll.resizeRelocate(canvasWidth, 0, barWidth, getHeight());
        scroll.setMin(0);
        scroll.setMax(Math.max(0, hidden));
        scroll.setVisibleAmount(Math.max(1, cells.rows().size() - Math.max(0, hidden)));
        draw();
    }

    /** Draws the rows in sight only. */
    private void draw() {
        GraphicsContext g = canvas.getGraphicsContext2D();
        g.setFill(Color.WHITE);
        g.fillRect(0, 0, canvas.getWidth(), canvas.getHeight());
        int columns = cells.columns().size();
        if (columns == 0) {
            return;
        }
        double w = cellWidth();
        int first = (int) Math.round(scroll.getValue());
        int last = Math.min(cells.rows().size(), first + visibleRows());
        g.setFont(Font.font(vn.dxoutreach.ui.Theme.UI_FONT, 10));
        g.setFill(LABEL);
        g.setTextBaseline(VPos.CENTER);
        g.setTextAlign(TextAlignment.LEFT);
        int every = (int) Math.max(1, Math.ceil(LABEL_GAP / w));
        for (int b = 0; b < columns; b += every) {
            g.fillText(cells.columns().get(b), LABEL_WIDTH + b * w, HEADER / 2);
        }
        double cell = Math.max(1, w - (w > 3 ? 1 : 0));
        for (int u = first; u < last; u++) {
            double y = HEADER + (u - first) * ROW;
            g.setFill(LABEL);
            g.setTextAlign(TextAlignment.RIGHT);
            g.fillText(cells.rows().get(u), LABEL_WIDTH - 6, y + ROW / 2, LABEL_WIDTH - 8);
            for (int b = 0; b < columns; b++) {
                State state = look.states().get(cells.state(u, b));
                double x = LABEL_WIDTH + b * w;
                g.setFill(state.fill());
                g.fillRect(x, y, cell, ROW - 1);
                if (w > 3 && look.outline() != null) {
                    // a pale grid, so that white cells still show as cells
                    g.setStroke(look.outline());
                    g.setLineWidth(1);
                    g.strokeRect(x + 0.5, y + 0.5, cell - 1, ROW - 2);
                }
                if (state.crossed() && w > 3) {
                    g.setStroke(look.mark());
                    g.setLineWidth(1.2);
                    g.strokeLine(x, y, x + w - 1, y + ROW - 1);
                }
            }
        }
    }

    /** The (row, column) under a point of the canvas, or null. */
    int[] cellAt(double x, double y) {
        double w = cellWidth();
        if (w <= 0 || x < LABEL_WIDTH || y < HEADER) {
            return null;
        }
        int column = (int) ((x - LABEL_WIDTH) / w);
        int row = (int) Math.round(scroll.getValue()) + (int) ((y - HEADER) / ROW);
        if (column >= cells.columns().size() || row >= cells.rows().size()) {
            return null;
        }
        return new int[] {row, column};
    }

    /** The words of the cell last under the mouse ("" before any). */
    public String words() {
        return tooltip.getText() == null ? "" : tooltip.getText();
    }

    /** Only the cell under the mouse gets its words. */
    private void hover(MouseEvent e) {
        int[] cell = cellAt(e.getX(), e.getY());
        if (cell == null) {
            hoveredRow = -1;
            tooltip.hide();
            return;
        }
        if (cell[0] != hoveredRow || cell[1] != hoveredColumn) {
            hoveredRow = cell[0];
            hoveredColumn = cell[1];
            tooltip.setText(words.apply(cell[0], cell[1]));
        }
        tooltip.show(canvas, e.getScreenX() + 12, e.getScreenY() + 12);
    }

    /** The grid under its title, with the legend of its states below; the grid takes the height left. */
    public VBox titled(String title) {
        Label heading = new Label(title);
        heading.getStyleClass().add("title-4");
        HBox legend = new HBox(14);
        for (State state : look.states()) {
            Rectangle box = new Rectangle(10, 10, state.fill());
            box.setStroke(Color.DARKGRAY);
            // crossed as the cells are, so that the legend reads without the colours too
            javafx.scene.Node swatch = state.crossed()
                    ? new javafx.scene.Group(box, crossing(0, 0, 10, 10)) : box;
            legend.getChildren().add(new Label(state.label(), swatch));
        }
        VBox pane = new VBox(6, heading, this, legend);
        pane.setPadding(new javafx.geometry.Insets(8));
        VBox.setVgrow(this, Priority.ALWAYS);
        return pane;
    }

    private javafx.scene.shape.Line crossing(double x0, double y0, double x1, double y1) {
        javafx.scene.shape.Line line = new javafx.scene.shape.Line(x0, y0, x1, y1);
        line.setStroke(look.mark());
        line.setStrokeWidth(1.2);
        return line;
    }
}
