package vn.dxoutreach.ui.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.dxoutreach.domain.Broadcast;
import vn.dxoutreach.exchange.pkg.ConflictPolicy;
import vn.dxoutreach.exchange.pkg.ConflictSide;
import vn.dxoutreach.exchange.pkg.MergePreview;
import vn.dxoutreach.exchange.pkg.PackageMerger;
import vn.dxoutreach.exchange.pkg.TwoOffices;
import vn.dxoutreach.text.Messages;

/** The district receives X01's package in which a broadcast both edited: X01's edit is the later one. */
class ConflictsViewModelTest {

    @TempDir
    Path temp;
    private TwoOffices offices;
    private Broadcast sent;
    private MergePreview preview;
    private ConflictsViewModel model;

    @BeforeEach
    void aConflictInThePreview() throws Exception {
        offices = new TwoOffices(temp);
        sent = offices.airedAndSentUp("2024-10-02");
        preview = offices.preview(offices.district, offices.editedAtDistrictThenCommune(sent));
        model = new ConflictsViewModel(offices.district, Messages.vietnamese());
        model.show(preview);
    }

    @AfterEach
    void close() {
        offices.close();
    }

    @Test
    void eachConflictIsListedWithTheNewerVersionChosen() {
        assertThat(model.rows()).singleElement().satisfies(row -> {
            assertThat(row.kind()).isEqualTo("Phát thanh");
            assertThat(row.title()).isEqualTo("02/10/2024 – Huyện sửa");
            assertThat(row.sideProperty().get()).isEqualTo(ConflictSide.THEIRS);
            assertThat(model.newerLabel(row)).isEqualTo("Bản gửi đến");
        });
    }

    @Test
    void theTwoVersionsStandSideBySideWithTheirTimesAndTheDifferencesMarked() {
        Comparison comparison = model.compare(model.rows().get(0));

        assertThat(comparison.leftHeading()).isEqualTo("Bản của đơn vị mình (sửa lúc 01/10/2024 15:01:00)");
        assertThat(comparison.rightHeading()).isEqualTo("Bản gửi đến từ X01 – Xã An (sửa lúc 01/10/2024 15:02:00)");
        assertThat(comparison.lines()).filteredOn(Comparison.Line::differs)
                .extracting(Comparison.Line::label, Comparison.Line::left, Comparison.Line::right)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Tên chương trình", "Huyện sửa", "Xã sửa"),
                        org.assertj.core.groups.Tuple.tuple("Thời lượng (phút)", "20", "25"));
        assertThat(comparison.lines()).extracting(Comparison.Line::label, Comparison.Line::left)
                .contains(org.assertj.core.groups.Tuple.tuple("Ngày phát", "02/10/2024"),
                        org.assertj.core.groups.Tuple.tuple("Buổi phát", "Tối"),
                        org.assertj.core.groups.Tuple.tuple("Đơn vị", "X01 – Xã An"));
    }

    @Test
    void choosingAllMineKeepsOurVersionWhenMerged() throws Exception {
        model.chooseAll(ConflictPolicy.MINE);

        new PackageMerger(offices.district).apply(preview, model.choices());

        assertThat(offices.district.broadcasts.find(sent.meta().id()).orElseThrow().programTitle())
                .isEqualTo("Huyện sửa");
        assertThat(model.summary()).startsWith("1 xung đột: giữ 1 bản của đơn vị mình, nhận 0 bản gửi đến.");
    }

    @Test
    void aChoiceOnOneRowIsWhatTheMergeKeeps() throws Exception {
        model.chooseAll(ConflictPolicy.MINE);
        model.rows().get(0).sideProperty().set(ConflictSide.THEIRS);

        new PackageMerger(offices.district).apply(preview, model.choices());

        assertThat(offices.district.broadcasts.find(sent.meta().id()).orElseThrow().programTitle())
                .isEqualTo("Xã sửa");
    }
}
