package vn.dxoutreach.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.OptionalDouble;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.dxoutreach.domain.ActivityKind;
import vn.dxoutreach.domain.Cadence;
import vn.dxoutreach.domain.Measure;
import vn.dxoutreach.domain.RecordMeta;
import vn.dxoutreach.domain.Scope;
import vn.dxoutreach.domain.Target;
import vn.dxoutreach.domain.TargetFilter;
import vn.dxoutreach.domain.Unit;
import vn.dxoutreach.progress.Bucket;
import vn.dxoutreach.progress.BucketState;
import vn.dxoutreach.progress.CumulativePoint;
import vn.dxoutreach.progress.PairState;
import vn.dxoutreach.progress.ProgressStatus;
import vn.dxoutreach.progress.TargetProgress;
import vn.dxoutreach.progress.UnitProgress;
import vn.dxoutreach.text.Messages;

/** The chart datasets carry the engine's numbers, nothing else. */
class ProgressChartsTest {

    private static final Messages VI = Messages.vietnamese();
    private static final LocalDate D = LocalDate.of(2024, 1, 1);

    static Unit unit(String name) {
        UUID id = UUID.randomUUID();
        return new Unit(new RecordMeta(id, id, java.time.Instant.EPOCH, java.time.Instant.EPOCH, false), name, name, 3,
                null, null, null, List.of());
    }

    /** Two units, two months: Xã An met the first and is open in the second, Xã Bình missed the first. */
    static TargetProgress fixture() {
        Target target = new Target(RecordMeta.fresh(UUID.randomUUID(), java.time.Instant.EPOCH), UUID.randomUUID(),
                "CT01", "Mỗi tháng 2 lần", ActivityKind.BROADCAST, TargetFilter.NONE, Measure.COUNT, Cadence.MONTH, 2,
                Scope.EACH, 3, null, null);
        List<Bucket> buckets = List.of(new Bucket(0, D, D.plusMonths(1).minusDays(1), BucketState.CLOSED),
                new Bucket(1, D.plusMonths(1), D.plusMonths(2).minusDays(1), BucketState.OPEN));
        List<UnitProgress> units = List.of(
                new UnitProgress(unit("Xã An"), List.of(3L, 1L), List.of(PairState.MET, PairState.OPEN), 1, 1, 4,
                        true, OptionalDouble.of(0.5), false),
                new UnitProgress(unit("Xã Bình"), List.of(0L, 2L), List.of(PairState.MISSED, PairState.OPEN), 1, 0, 2,
                        false, OptionalDouble.of(1.0), true));
        return new TargetProgress(target, D, D.plusMonths(2).minusDays(1), D.plusMonths(1).plusDays(3), buckets,
                units, 2, 1, OptionalDouble.of(0.5), 1, 2, OptionalDouble.of(0.75), OptionalDouble.empty(),
                ProgressStatus.BEHIND);
    }

    @Test
    void aUnitChartWithNoResultSaysSoAndStillShowsTheTargetLine() {
        TargetProgress progress = fixture();
        var dataset = new org.jfree.data.category.DefaultCategoryDataset();
        dataset.addValue(0, VI.get("chart.units.actual"), "Xã An");
        dataset.addValue(0, VI.get("chart.units.actual"), "Xã Bình");
        var empty = ProgressCharts.unitChart(dataset, progress, VI);
        assertThat(empty.getCategoryPlot().getRangeAxis().getUpperBound()).isGreaterThan(progress.target().value());
        assertThat(texts(empty)).contains(VI.get("chart.units.none"));

        var some = ProgressCharts.unitChart(ProgressCharts.unitDataset(progress, VI), progress, VI);
        assertThat(texts(some)).doesNotContain(VI.get("chart.units.none"));
    }

    private static List<String> texts(org.jfree.chart.JFreeChart chart) {
        List<String> texts = new java.util.ArrayList<>();
        for (int i = 0; i < chart.getSubtitleCount(); i++) {
            if (chart.getSubtitle(i) instanceof org.jfree.chart.title.TextTitle t) {
                texts.add(t.getText());
            }
        }
        return texts;
    }

    @Test
    void theUnitChartShowsEachUnitsActualInTheOpenBucket() {
        var dataset = ProgressCharts.unitDataset(fixture(), VI);
        assertThat(dataset.getValue(VI.get("chart.units.actual"), "Xã An").doubleValue()).isEqualTo(1.0);
        assertThat(dataset.getValue(VI.get("chart.units.actual"), "Xã Bình").doubleValue()).isEqualTo(2.0);
        var chart = ProgressCharts.unitChart(dataset, fixture(), VI);
        assertThat(chart.getCategoryPlot().getRangeMarkers(org.jfree.chart.ui.Layer.FOREGROUND))
                .singleElement().satisfies(m -> assertThat(((org.jfree.chart.plot.ValueMarker) m).getValue())
                        .isEqualTo(2.0));
    }

    @Test
    void theHeatMapHasOneCellPerUnitAndBucketWithItsState() {
        var dataset = PairHeatMap.createDataset(fixture());
        assertThat(dataset.getItemCount(0)).isEqualTo(4);
        // the second unit's first bucket was missed
        assertThat(dataset.getZValue(0, 2)).isEqualTo(PairState.MISSED.ordinal());
        assertThat(PairHeatMap.tooltip(fixture(), VI, 0, 1)).contains("Xã Bình", "Không đạt", "0 / 2");
    }

    @Test
    void theCumulativeChartHasTheActualAndTheExpectedLine() {
        var dataset = ProgressCharts.cumulativeDataset(List.of(new CumulativePoint(D, 1, 0.5),
                new CumulativePoint(D.plusDays(1), 3, 1.0)), VI);
        assertThat(dataset.getSeriesCount()).isEqualTo(2);
        assertThat(dataset.getSeries(0).getValue(1).doubleValue()).isEqualTo(3.0);
        assertThat(dataset.getSeries(1).getValue(1).doubleValue()).isEqualTo(1.0);
    }

    @Test
    void barsStandUprightForAFewUnitsAndLieDownForManySoThatEveryNameReads() {
        var few = ProgressCharts.unitChart(ProgressCharts.unitDataset(fixture(), VI), fixture(), VI);
        assertThat(few.getCategoryPlot().getOrientation()).isEqualTo(org.jfree.chart.plot.PlotOrientation.VERTICAL);

        var dataset = new org.jfree.data.category.DefaultCategoryDataset();
        for (int i = 1; i <= 13; i++) {
            dataset.addValue(i, "x", "Xã Đông Hưng " + i);
        }
        var many = ProgressCharts.unitChart(dataset, fixture(), VI);
        assertThat(many.getCategoryPlot().getOrientation()).isEqualTo(org.jfree.chart.plot.PlotOrientation.HORIZONTAL);
        assertThat(many.getCategoryPlot().getDomainAxis().isTickLabelsVisible()).isTrue();
    }

    @Test
    void theTargetsLabelStaysOnTheSideOfItsLineThatHasRoom() {
        // the fixture's value is 2: thirteen units up to 13 put its line early on the axis, units below it late
        var early = new org.jfree.data.category.DefaultCategoryDataset();
        var late = new org.jfree.data.category.DefaultCategoryDataset();
        for (int i = 1; i <= 13; i++) {
            early.addValue(i, "x", "Xã " + i);
            late.addValue(1, "x", "Xã " + i);
        }
        assertThat(targetLine(ProgressCharts.unitChart(early, fixture(), VI)).getLabelTextAnchor())
                .isEqualTo(org.jfree.chart.ui.TextAnchor.BOTTOM_LEFT);
        assertThat(targetLine(ProgressCharts.unitChart(late, fixture(), VI)).getLabelTextAnchor())
                .isEqualTo(org.jfree.chart.ui.TextAnchor.BOTTOM_RIGHT);
    }

    private static org.jfree.chart.plot.ValueMarker targetLine(org.jfree.chart.JFreeChart chart) {
        return (org.jfree.chart.plot.ValueMarker) chart.getCategoryPlot()
                .getRangeMarkers(org.jfree.chart.ui.Layer.FOREGROUND).iterator().next();
    }
}
