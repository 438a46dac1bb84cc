package vn.dxoutreach.exchange.pkg;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.gson.JsonObject;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.dxoutreach.domain.Broadcast;
import vn.dxoutreach.domain.Plan;
import vn.dxoutreach.domain.RecordMeta;
import vn.dxoutreach.text.Messages;

/** What a package of X01 may write at its district, record by record. */
class PackageAuthorityTest {

    @TempDir
    Path temp;
    private TwoOffices offices;
    private Broadcast ofCommuneB;
    private Path sent;

    @BeforeEach
    void aDistrictHoldingABroadcastOfX02() throws Exception {
        offices = new TwoOffices(temp);
        ofCommuneB = offices.airing(offices.district, offices.communeB, "2024-10-02");
        sent = offices.sentWithEvidence();
    }

    @AfterEach
    void close() {
        offices.close();
    }

    private JsonObject newer(vn.dxoutreach.domain.StoredRecord record) {
        JsonObject json = Forger.json(record);
        json.addProperty("updatedAt", offices.clock.instant().plusSeconds(3600).toEpochMilli());
        return json;
    }

    private PackageRefused refusal(Forger forger) throws Exception {
        Path forged = forger.write(temp.resolve("forged.dxo"));
        try {
            offices.preview(offices.district, forged);
            return null;
        } catch (PackageRefused e) {
            return e;
        }
    }

    @Test
    void aRecordStoredHereForAnotherCommuneIsRefusedEvenWhenThePackageGivesItTheSendersUnit() throws Exception {
        JsonObject stolen = newer(ofCommuneB);
        stolen.addProperty("unitId", offices.communeA.id().toString());

        PackageRefused refused = refusal(Forger.of(sent).add("broadcast", stolen));

        assertThat(Messages.vietnamese().get(refused.key(), refused.args()))
                .startsWith("Gói dữ liệu của Xã An có bản ghi của Xã Bình (X02)");
    }

    @Test
    void anOldCopyOfAnotherCommunesRecordIsLeftOutAndTheRestTaken() throws Exception {
        JsonObject old = Forger.json(ofCommuneB);
        old.addProperty("programTitle", "Bản cũ");
        Path forged = Forger.of(sent).add("broadcast", old).write(temp.resolve("old.dxo"));

        MergePreview preview = offices.receive(offices.district, forged);

        assertThat(preview.actions()).noneMatch(a -> a.recordId().equals(ofCommuneB.meta().id()));
        assertThat(offices.district.broadcasts.find(ofCommuneB.meta().id())).contains(ofCommuneB);
        assertThat(offices.district.broadcasts.countLive()).isEqualTo(2);
    }

    @Test
    void aPlanTheCommuneMadeItselfIsNotWrittenAtTheDistrict() throws Exception {
        Plan own = new Plan(RecordMeta.fresh(offices.communeA.id(), offices.clock.instant()), "12/KH-UBND",
                "Kế hoạch của xã", "UBND xã", null, LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31));
        Path forged = Forger.of(sent).add("plan", Forger.json(own)).write(temp.resolve("plan.dxo"));

        offices.receive(offices.district, forged);

        assertThat(offices.district.plans.find(own.id())).isEmpty();
    }

    @Test
    void theDistrictsPlanTombstonedFromBelowIsRefused() throws Exception {
        Plan plan = offices.district.plans.save(new Plan(RecordMeta.fresh(offices.districtUnit.id(),
                offices.clock.instant()), "96/KH-UBND", "Kế hoạch", "UBND huyện", null, LocalDate.of(2024, 1, 1),
                LocalDate.of(2024, 12, 31)));
        JsonObject tombstone = newer(plan);
        tombstone.addProperty("deleted", true);

        assertThat(refusal(Forger.of(sent).add("plan", tombstone)).key()).isEqualTo("exchange.refused.foreignRecord");
    }

    @Test
    void evidenceOnAnotherCommunesBroadcastIsRefused() throws Exception {
        Forger forger = Forger.of(sent);
        JsonObject evidence = forger.records("evidence").get(0);
        evidence.addProperty("id", UUID.randomUUID().toString());
        evidence.addProperty("recordId", ofCommuneB.meta().id().toString());

        assertThat(refusal(forger.add("evidence", evidence)).key()).isEqualTo("exchange.refused.foreignEvidence");
    }

    @Test
    void evidenceOfAnActivityNobodyHasIsRefused() throws Exception {
        Forger forger = Forger.of(sent);
        JsonObject evidence = forger.records("evidence").get(0);
        evidence.addProperty("recordId", UUID.randomUUID().toString());

        assertThat(refusal(forger.records("evidence", java.util.List.of(evidence))).key())
                .isEqualTo("exchange.refused.evidenceWithoutRecord");
    }

    @Test
    void anEvidenceHashThatIsAPathIsRefused() throws Exception {
        Forger forger = Forger.of(sent);
        JsonObject evidence = forger.records("evidence").get(0);
        evidence.addProperty("sha256", "../../../../etc/hostname");

        assertThat(refusal(forger.records("evidence", java.util.List.of(evidence))).key())
                .isEqualTo("exchange.refused.badEvidenceHash");
    }

    @Test
    void aPackageFromAboveThatMakesTheTreeACycleIsRefused() throws Exception {
        Path down = offices.send(offices.district, offices.districtUnit, offices.communeA);
        JsonObject district = newer(offices.districtUnit);
        district.addProperty("parentId", offices.communeA.id().toString());
        Path forged = Forger.of(down).change("unit", district).write(temp.resolve("down.dxo"));

        assertThatThrownBy(() -> offices.preview(offices.commune, forged)).isInstanceOfSatisfying(
                PackageRefused.class, e -> assertThat(e.key()).isEqualTo("exchange.refused.unitCycle"));
    }

    @Test
    void theUntouchedPackageIsTakenWithItsEvidenceFile() throws Exception {
        offices.receive(offices.district, sent);

        String sha = Forger.of(sent).records("evidence").get(0).get("sha256").getAsString();
        assertThat(Files.readString(offices.district.evidence.pathOf(sha), StandardCharsets.UTF_8)).isEqualTo("ảnh");
    }
}
