package vn.dxoutreach.exchange.pkg;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.dxoutreach.domain.Broadcast;
import vn.dxoutreach.domain.Unit;
import vn.dxoutreach.store.ExchangeStateRepository.LoggedConflict;

/** A broadcast of commune X01 edited at the district and at the commune since it was last sent up. */
class ConflictResolverTest {

    @TempDir
    Path temp;
    private TwoOffices offices;
    private Broadcast sent;

    @BeforeEach
    void sentOnce() throws Exception {
        offices = new TwoOffices(temp);
        sent = offices.airedAndSentUp("2024-10-02");
    }

    @AfterEach
    void close() {
        offices.close();
    }

    @Test
    void newerKeepsTheLaterEditAndLogsTheOther() throws Exception {
        Path pkg = editedAtDistrictThenCommune();

        MergePreview preview = offices.receive(offices.district, pkg, ConflictChoices.by(ConflictPolicy.NEWER));

        assertThat(preview.conflicts()).singleElement().satisfies(c -> assertThat(c.incomingIsNewer()).isTrue());
        assertThat(atDistrict().programTitle()).isEqualTo("Xã sửa");
        assertThat(logged().discarded()).contains("Huyện sửa");
    }

    @Test
    void mineKeepsOurVersionAsANewEditLaterThanBoth() throws Exception {
        Path pkg = editedAtDistrictThenCommune();
        Broadcast theirs = (Broadcast) offices.preview(offices.district, pkg).conflicts().get(0).incoming();

        offices.receive(offices.district, pkg, ConflictChoices.by(ConflictPolicy.MINE));

        Broadcast kept = atDistrict();
        assertThat(kept.programTitle()).isEqualTo("Huyện sửa");
        assertThat(kept.meta().updatedAt()).isAfter(theirs.meta().updatedAt());
        assertThat(logged().kept()).contains("Huyện sửa");
        assertThat(logged().discarded()).contains("Xã sửa");
    }

    @Test
    void theirsTakesTheirOlderVersionAsANewEdit() throws Exception {
        offices.clock.advance();
        offices.retitle(offices.commune, sent, "Xã sửa", 25);
        offices.clock.advance();
        Broadcast ours = offices.retitle(offices.district, sent, "Huyện sửa", 20);
        Path pkg = offices.send(offices.commune, offices.communeA, offices.districtUnit);

        offices.receive(offices.district, pkg, ConflictChoices.by(ConflictPolicy.THEIRS));

        assertThat(atDistrict().programTitle()).isEqualTo("Xã sửa");
        assertThat(atDistrict().minutes()).isEqualTo(25);
        assertThat(atDistrict().meta().updatedAt()).isAfter(ours.meta().updatedAt());
        assertThat(logged().discarded()).contains("Huyện sửa");
    }

    @Test
    void aChoiceForOneRecordOverridesThePolicy() throws Exception {
        Path pkg = editedAtDistrictThenCommune();

        offices.receive(offices.district, pkg,
                ConflictChoices.by(ConflictPolicy.THEIRS).choose(sent.meta().id(), ConflictSide.MINE));

        assertThat(atDistrict().programTitle()).isEqualTo("Huyện sửa");
    }

    @Test
    void theSamePackageAfterAChoiceChangesNothing() throws Exception {
        Path pkg = editedAtDistrictThenCommune();
        offices.receive(offices.district, pkg, ConflictChoices.by(ConflictPolicy.MINE));
        Broadcast kept = atDistrict();

        MergePreview again = offices.receive(offices.district, pkg, ConflictChoices.by(ConflictPolicy.THEIRS));

        assertThat(again.changesNothing()).isTrue();
        assertThat(atDistrict()).isEqualTo(kept);
        assertThat(offices.district.exchange.conflictsOf(sent.meta().id())).isEqualTo(1);
    }

    @Test
    void ourKeptVersionTravelsBackAndTheOfficesConverge() throws Exception {
        Unit communeA = offices.communeA;
        offices.clock.advance();
        offices.district.units.save(renamed(communeA, "Xã An (huyện đặt tên)"));
        offices.clock.advance();
        offices.commune.units.save(renamed(communeA, "Xã An (xã đặt tên)"));
        Path up = offices.send(offices.commune, communeA, offices.districtUnit);
        offices.receive(offices.district, up, ConflictChoices.by(ConflictPolicy.MINE));

        MergePreview down = offices.receive(offices.commune,
                offices.send(offices.district, offices.districtUnit, communeA));

        assertThat(down.conflicts()).isEmpty();
        assertThat(offices.commune.units.find(communeA.id())).isEqualTo(offices.district.units.find(communeA.id()));
        assertThat(offices.commune.units.find(communeA.id()).orElseThrow().name()).isEqualTo("Xã An (huyện đặt tên)");
        assertThat(offices.preview(offices.district, up).changesNothing()).isTrue();
    }

    private Path editedAtDistrictThenCommune() throws Exception {
        return offices.editedAtDistrictThenCommune(sent);
    }

    private static Unit renamed(Unit unit, String name) {
        return new Unit(unit.meta(), unit.code(), name, unit.level(), unit.parentId(), unit.validFrom(),
                unit.validTo(), unit.predecessors());
    }

    private Broadcast atDistrict() {
        return offices.district.broadcasts.find(sent.meta().id()).orElseThrow();
    }

    private LoggedConflict logged() {
        assertThat(offices.district.exchange.conflicts()).hasSize(1);
        return offices.district.exchange.conflicts().get(0);
    }
}
