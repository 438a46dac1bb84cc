package vn.dxoutreach.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.IntStream;
import org.jfree.chart.plot.CategoryPlot;
import org.junit.jupiter.api.Test;
import vn.dxoutreach.progress.TargetProgress;
import vn.dxoutreach.progress.UnitProgress;
import vn.dxoutreach.text.Messages;

/** A screen's rows of a province's units: named, within the units, on the scale of all of them. */
class UnitBarsWindowTest {

    private static final Messages VI = Messages.vietnamese();

    /** The fixture's target with {@code count} units, the i-th having done i in the open month. */
    static TargetProgress withUnits(int count) {
        TargetProgress two = ProgressChartsTest.fixture();
        UnitProgress model = two.units().get(0);
        List<UnitProgress> units = IntStream.range(0, count).mapToObj(i -> new UnitProgress(
                ProgressChartsTest.unit("Xã " + i), List.of(0L, (long) i), model.pairs(), model.closedBuckets(),
                model.metBuckets(), i, model.fullyCompliant(), model.currentProgress(), model.behind())).toList();
        return new TargetProgress(two.target(), two.windowFrom(), two.windowTo(), two.asOf(), two.buckets(), units,
                two.closedPairs(), two.metPairs(), two.attainment(), two.fullyCompliantUnits(), two.scopedUnits(),
                two.currentProgress(), two.expectedToDate(), two.status(), two.unitShare());
    }

    private static CategoryPlot plot(UnitBarsWindow window) {
        return window.chart().getCategoryPlot();
    }

    @Test
    void aProvinceShowsARowPerUnitForTheRowsThatFitEachNamed() {
        UnitBarsWindow window = new UnitBarsWindow(withUnits(300), VI);
        window.show(0, 25);

        assertThat(window.slides()).isTrue();
        assertThat(window.shown()).isEqualTo(25);
        assertThat(plot(window).getDataset().getColumnKey(0)).isEqualTo("Xã 0");
        assertThat(plot(window).getDomainAxis().isTickLabelsVisible()).isTrue();
    }

    @Test
    void theRowsStopAtTheLastUnit() {
        UnitBarsWindow window = new UnitBarsWindow(withUnits(300), VI);
        window.show(290, 25);

        assertThat(window.first()).isEqualTo(275);
        assertThat(window.shown()).isEqualTo(25);
        assertThat(plot(window).getDataset().getColumnKey(24)).isEqualTo("Xã 299");
    }

    @Test
    void theScaleIsThatOfAllUnitsWhereverTheRowsAre() {
        UnitBarsWindow window = new UnitBarsWindow(withUnits(300), VI);
        window.show(0, 25);
        double atTheTop = plot(window).getRangeAxis().getUpperBound();
        window.show(200, 25);

        assertThat(plot(window).getRangeAxis().getUpperBound()).isEqualTo(atTheTop).isGreaterThanOrEqualTo(299);
    }

    @Test
    void aFewUprightBarsAreAllShown() {
        UnitBarsWindow window = new UnitBarsWindow(withUnits(5), VI);
        window.show(3, 1);

        assertThat(window.slides()).isFalse();
        assertThat(window.first()).isZero();
        assertThat(window.shown()).isEqualTo(5);
    }
}
