package vn.dxoutreach.report.compose;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.dxoutreach.domain.ActivityKind;
import vn.dxoutreach.domain.Broadcast;
import vn.dxoutreach.domain.Cadence;
import vn.dxoutreach.domain.Measure;
import vn.dxoutreach.domain.Plan;
import vn.dxoutreach.domain.Production;
import vn.dxoutreach.domain.RecordMeta;
import vn.dxoutreach.domain.Scope;
import vn.dxoutreach.domain.Slot;
import vn.dxoutreach.domain.Target;
import vn.dxoutreach.domain.TargetFilter;
import vn.dxoutreach.domain.Unit;
import vn.dxoutreach.progress.ProgressEngine;
import vn.dxoutreach.store.Store;
import vn.dxoutreach.store.StoreFixture;
import vn.dxoutreach.text.Messages;

/** The report's table of each unit's attainment: a row per unit, whatever the units are called. */
class UnitAttainmentTest {

    @TempDir
    Path folder;

    @Test
    void twoCommunesOfTheSameNameAreTwoRowsWithTheirOwnFigures() {
        try (Store store = StoreFixture.open(folder)) {
            Unit province = StoreFixture.unit(store, "01", "Tỉnh Thử", 1, null);
            Unit east = StoreFixture.unit(store, "00001", "Xã An Bình", 3, province);
            StoreFixture.unit(store, "00002", "Xã An Bình", 3, province);
            Plan plan = store.plans.save(new Plan(RecordMeta.fresh(province.id(), StoreFixture.NOW), "12/KH-UBND",
                    "Kế hoạch", "UBND tỉnh", LocalDate.of(2025, 1, 1), LocalDate.of(2025, 1, 1),
                    LocalDate.of(2025, 12, 31)));
            Target monthly = store.targets.save(new Target(RecordMeta.fresh(province.id(), StoreFixture.NOW), plan.id(),
                    "CT01", "Chỉ tiêu", ActivityKind.BROADCAST, TargetFilter.NONE, Measure.COUNT, Cadence.MONTH, 1,
                    Scope.EACH, 3, null, null));
            for (int month = 1; month <= 3; month++) {
                store.broadcasts.save(new Broadcast(RecordMeta.fresh(east.id(), StoreFixture.NOW),
                        LocalDate.of(2025, month, 10), Slot.MORNING, "Chuyên mục", Production.NEW, 15, "VNeID", ""));
            }
            var progress = new ProgressEngine(store).evaluate(monthly, plan, LocalDate.of(2025, 4, 1));

            ReportBlock.Table table = new UnitAttainment(Messages.vietnamese()).table(List.of(progress));

            assertThat(table.rows()).hasSize(2);
            assertThat(table.rows()).extracting(row -> row.get(0)).containsOnly("Xã An Bình");
            assertThat(table.rows()).extracting(row -> row.get(1)).containsExactlyInAnyOrder("100%", "0%");
        }
    }
}
