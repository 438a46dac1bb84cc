package vn.dxoutreach.ui.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.dxoutreach.domain.ReportDeadline;
import vn.dxoutreach.exchange.pkg.FieldComparison;
import vn.dxoutreach.exchange.pkg.FieldDifference;
import vn.dxoutreach.sample.SampleDataGenerator;
import vn.dxoutreach.sample.SampleSize;
import vn.dxoutreach.store.Store;
import vn.dxoutreach.store.StoreFixture;
import vn.dxoutreach.text.Messages;

/** How the records of the sample district read in the side-by-side view of two versions. */
class RecordTextTest {

    @TempDir
    Path temp;
    private Store store;
    private RecordText text;
    private final Messages messages = Messages.vietnamese();

    @BeforeEach
    void sampleDistrict() {
        store = StoreFixture.open(temp);
        new SampleDataGenerator(store).generate(SampleSize.DISTRICT, LocalDate.of(2024, 12, 31), 5);
        text = new RecordText(messages, store);
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void everyFieldOfEveryKindOfRecordIsLabelledInTheUsersLanguage() {
        List<vn.dxoutreach.domain.StoredRecord> oneOfEachKind = Stream.of(store.units.listLive(), store.plans.listLive(),
                store.targets.listLive(), store.deadlines.listLive(), store.broadcasts.listLive(),
                store.banners.listLive(), store.sessions.listLive(), store.slogans.listLive())
                .map(records -> (vn.dxoutreach.domain.StoredRecord) records.get(0)).toList();

        List<String> unlabelled = oneOfEachKind.stream()
                .flatMap(record -> FieldComparison.compare(record, record).stream())
                .map(FieldDifference::field).filter(field -> FieldLabels.keyOf(field) == null).distinct().toList();

        assertThat(unlabelled).isEmpty();
    }

    @Test
    void everyFieldOfTheNewKindsAndOfAListValueIsLabelledInTheUsersLanguage() {
        var unit = store.units.listLive().get(0).id();
        var meta = vn.dxoutreach.domain.RecordMeta.fresh(unit, java.time.Instant.parse("2024-10-01T08:00:00Z"));
        List<vn.dxoutreach.domain.StoredRecord> records = List.of(
                new vn.dxoutreach.domain.NewsItem(meta, LocalDate.of(2024, 10, 5), "Ngày Chuyển đổi số", "Zalo",
                        "https://zalo.me/1", 10, "VNeID", "", "Lê Tâm"),
                new vn.dxoutreach.domain.OutreachEvent(meta, LocalDate.of(2024, 10, 1), LocalDate.of(2024, 10, 2),
                        "Tập huấn", "Tập huấn", "UBND xã", 40, "Hội trường", "", ""),
                new vn.dxoutreach.domain.Material(meta, LocalDate.of(2024, 10, 3), "Tờ rơi", "Hướng dẫn", 200, "", ""),
                new vn.dxoutreach.domain.ChoiceValue(meta, vn.dxoutreach.domain.ChoiceList.EVENT_TYPE, "Hội thi"));

        List<String> unlabelled = records.stream().flatMap(record -> FieldComparison.compare(record, record).stream())
                .map(FieldDifference::field).filter(field -> FieldLabels.keyOf(field) == null).distinct().toList();

        assertThat(unlabelled).isEmpty();
        assertThat(records.stream().map(text::title)).containsExactly("05/10/2024 – Ngày Chuyển đổi số (Zalo)",
                "01/10/2024 – Tập huấn", "03/10/2024 – Tờ rơi: Hướng dẫn", "Hội thi");
        assertThat(text.value("choiceList", "EVENT_TYPE")).isEqualTo("Loại sự kiện");
        assertThat(records.stream().flatMap(r -> FieldComparison.compare(r, r).stream())
                .map(f -> messages.get(FieldLabels.keyOf(f.field()))).filter(label -> label.equals("Trích yếu")
                        || label.equals("Loại báo cáo") || label.equals("Mức chỉ tiêu"))).isEmpty();
    }

    @Test
    void aFormerParentReadsAsTheUnitAndItsLastDay() {
        var unit = store.units.listLive().get(0);
        var moved = new vn.dxoutreach.domain.Unit(unit.meta(), unit.code(), unit.name(), unit.level(), null, null, null,
                List.of(), List.of(new vn.dxoutreach.domain.FormerParent(unit.id(), LocalDate.of(2025, 6, 30))));
        String raw = FieldComparison.compare(moved, unit).stream().filter(f -> f.field().equals("formerParents"))
                .findFirst().orElseThrow().mine();
        assertThat(text.value("formerParents", raw)).startsWith("Thuộc ").contains(unit.name()).endsWith(" đến 30/06/2025");
    }

    @Test
    void aReportDeadlineIsNamedByItsTitle() {
        ReportDeadline deadline = store.deadlines.listLive().get(0);

        assertThat(text.title(deadline)).isEqualTo(deadline.title(messages));
    }

    @Test
    void aReportDeadlinesTypeReadsInWords() {
        assertThat(text.value("type", "HALF_YEAR")).isEqualTo("6 tháng");
    }

    @Test
    void whoRecordedAnActivityIsLabelledInWords() {
        assertThat(text.label(new FieldDifference("recordedBy", "Lan", "Lan"))).isEqualTo("Người nhập liệu");
    }

    @Test
    void editTimesShowTheirSecondsSoThatTwoEditsInOneMinuteTellApart() {
        java.time.Instant first = java.time.Instant.parse("2026-12-01T05:10:29Z");

        assertThat(text.time(first)).isNotEqualTo(text.time(first.plusSeconds(1)));
    }
}
