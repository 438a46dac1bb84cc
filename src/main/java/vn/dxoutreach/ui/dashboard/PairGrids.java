package vn.dxoutreach.ui.dashboard;

import java.util.Arrays;
import javafx.scene.paint.Color;
import vn.dxoutreach.progress.PairState;
import vn.dxoutreach.progress.TargetProgress;
import vn.dxoutreach.report.PairHeatMap;
import vn.dxoutreach.text.Messages;
import vn.dxoutreach.ui.form.StateGrid;

/** A target's unit × period pairs as a {@link StateGrid}, in the colours of {@link PairHeatMap}'s chart. */
final class PairGrids {

    private PairGrids() {
    }

    /** The units, the periods and each pair's state; off the FX thread. */
    static StateGrid.Cells cells(TargetProgress progress) {
        return StateGrid.Cells.of(progress.units().stream().map(u -> u.unit().name()).toList(),
                progress.buckets().stream().map(b -> PairHeatMap.label(b, progress.target().cadence())).toList(),
                (unit, bucket) -> progress.units().get(unit).pairs().get(bucket).ordinal());
    }

    /** The states in {@link PairState} order; missed pairs crossed out, as in print. */
    static StateGrid.Look look(Messages messages) {
        return new StateGrid.Look(Arrays.stream(PairState.values())
                .map(s -> StateGrid.State.of(messages.label(s), PairHeatMap.rgb(s), s == PairState.MISSED)).toList(),
                Color.web(String.format("#%06x", PairHeatMap.missedMarkRgb())), null);
    }
}
