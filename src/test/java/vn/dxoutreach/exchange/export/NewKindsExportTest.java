package vn.dxoutreach.exchange.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.dxoutreach.domain.ActivityKind;
import vn.dxoutreach.domain.ActivityRecord;
import vn.dxoutreach.domain.Cadence;
import vn.dxoutreach.domain.Material;
import vn.dxoutreach.domain.Measure;
import vn.dxoutreach.domain.NewsItem;
import vn.dxoutreach.domain.OutreachEvent;
import vn.dxoutreach.domain.Plan;
import vn.dxoutreach.domain.RecordMeta;
import vn.dxoutreach.domain.Scope;
import vn.dxoutreach.domain.Target;
import vn.dxoutreach.domain.TargetFilter;
import vn.dxoutreach.domain.Unit;
import vn.dxoutreach.exchange.Progress;
import vn.dxoutreach.exchange.imports.ImportPreview;
import vn.dxoutreach.exchange.imports.Importer;
import vn.dxoutreach.store.Office;
import vn.dxoutreach.store.Store;
import vn.dxoutreach.store.StoreFixture;
import vn.dxoutreach.text.Messages;

/** The TinBai, SuKien and TaiLieu sheets of the full export read back into an empty office as they were. */
class NewKindsExportTest {

    @TempDir
    Path temp;

    @Test
    void newsEventsMaterialsAndAChannelTargetSurviveExportAndImport() throws Exception {
        Path workbook = temp.resolve("toan-bo.xlsx");
        List<String> before;
        try (Store source = StoreFixture.open(temp.resolve("source"))) {
            Unit district = StoreFixture.unit(source, "H01", "Huyện Thử", 2, null);
            Unit commune = StoreFixture.unit(source, "X01", "Xã An", 3, district);
            new Office(source).set(district);
            Plan plan = source.plans.save(new Plan(meta(district), "96/KH-UBND", "Kế hoạch", "UBND huyện", null,
                    LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31)));
            source.targets.save(new Target(meta(district), plan.id(), "CT01", "Cổng TTĐT ≥ 1 tin bài/tuần",
                    ActivityKind.NEWS, TargetFilter.ofChoice(null, "Cổng/Trang thông tin điện tử"), Measure.COUNT,
                    Cadence.WEEK, 1, Scope.WHOLE, null, null, null, false));
            source.news.save(new NewsItem(meta(commune), LocalDate.of(2024, 10, 5), "Ngày Chuyển đổi số",
                    "Cổng/Trang thông tin điện tử", "https://an.gov.vn/tin/1", 120, "VNeID", "ghi chú", "Lê Tâm"));
            source.news.save(new NewsItem(meta(commune), LocalDate.of(2024, 10, 6), "Bản tin", "Báo in", "", null,
                    "", "", ""));
            source.events.save(new OutreachEvent(meta(commune), LocalDate.of(2024, 9, 28), LocalDate.of(2024, 9, 30),
                    "Triển lãm số", "Triển lãm", "UBND xã", 300, "Sân vận động", "", "Lê Tâm"));
            source.materials.save(new Material(meta(commune), LocalDate.of(2024, 10, 1), "Tin nhắn Zalo",
                    "Nhắc cài VNeID", 900, "", "Lê Tâm"));
            new DatabaseExport(source).write(workbook);
            before = described(source);
        }
        try (Store target = StoreFixture.open(temp.resolve("target"))) {
            ImportPreview preview = new Importer(target, Messages.vietnamese()).importFiles(List.of(workbook),
                    Progress.NONE);

            assertThat(preview.problems()).isEmpty();
            assertThat(described(target)).isEqualTo(before).hasSize(5);
        }
    }

    private static RecordMeta meta(Unit unit) {
        return RecordMeta.fresh(unit.id(), StoreFixture.NOW);
    }

    /** Every new-kind record and target without its ids and times, in a fixed order. */
    private static List<String> described(Store store) {
        List<ActivityRecord> records = new java.util.ArrayList<>();
        records.addAll(store.news.listLive());
        records.addAll(store.events.listLive());
        records.addAll(store.materials.listLive());
        List<String> lines = new java.util.ArrayList<>(records.stream()
                .map(r -> store.units.find(r.meta().unitId()).orElseThrow().code() + " "
                        + r.toString().replaceAll("meta=RecordMeta\\[[^]]*], ", ""))
                .sorted().toList());
        store.targets.listLive().forEach(t -> lines.add(t.code() + " " + t.kind() + " " + t.filter()));
        return lines;
    }
}
