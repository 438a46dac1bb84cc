package vn.dxoutreach.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class BenchFigureTest {

    @Test
    void aFigureReadsBackFromTheLineItPrints() {
        BenchFigure figure = new BenchFigure("progress-warm-median", 45, 160, 212);
        assertEquals(Optional.of(figure), BenchFigure.parse(figure.line()));
    }

    @Test
    void otherOutputIsNoFigure() {
        assertTrue(BenchFigure.parse("generated: 301 communes").isEmpty());
        assertTrue(BenchFigure.parse("bench-figure key=export ms=12").isEmpty());
    }

    @Test
    void aStepsFiguresAreFoundAmongItsOtherLinesByKey() {
        String output = "WARNING: something the JVM said\n"
                + new BenchFigure("dashboard-figures", 656, 250, 240).line() + "\r\n"
                + new BenchFigure("dashboard-chart", 1178, 284, 251).line() + "\n";
        Map<String, BenchFigure> figures = BenchProcess.figures(output);
        assertEquals(2, figures.size());
        assertEquals(1178, figures.get("dashboard-chart").millis());
        assertEquals(240, figures.get("dashboard-figures").rssMb());
    }
}
