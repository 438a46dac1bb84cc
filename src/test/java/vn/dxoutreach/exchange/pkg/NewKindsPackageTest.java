package vn.dxoutreach.exchange.pkg;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.gson.JsonObject;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.dxoutreach.domain.ActivityKind;
import vn.dxoutreach.domain.ChoiceList;
import vn.dxoutreach.domain.ChoiceValue;
import vn.dxoutreach.domain.Material;
import vn.dxoutreach.domain.NewsItem;
import vn.dxoutreach.domain.OutreachEvent;
import vn.dxoutreach.domain.RecordMeta;
import vn.dxoutreach.domain.StoredRecord;
import vn.dxoutreach.domain.Unit;

/** News items, events, materials and the office's own list values in data packages. */
class NewKindsPackageTest {

    @TempDir
    Path temp;
    private TwoOffices offices;

    @BeforeEach
    void twoOffices() throws Exception {
        offices = new TwoOffices(temp);
    }

    @AfterEach
    void close() {
        offices.close();
    }

    private RecordMeta fresh(Unit unit) {
        return RecordMeta.fresh(unit.id(), offices.clock.instant());
    }

    private NewsItem news(Unit unit) {
        return new NewsItem(fresh(unit), LocalDate.of(2024, 10, 5), "Ngày Chuyển đổi số", "Zalo",
                "https://zalo.me/an/1", 320, "VNeID", "", "Lê Văn Tâm");
    }

    private OutreachEvent event(Unit unit) {
        return new OutreachEvent(fresh(unit), LocalDate.of(2024, 9, 28), LocalDate.of(2024, 9, 29),
                "Tập huấn kỹ năng số", "Tập huấn", "UBND xã", 60, "Nhà văn hóa", "", "Lê Văn Tâm");
    }

    private Material material(Unit unit) {
        return new Material(fresh(unit), LocalDate.of(2024, 10, 8), "Tờ rơi", "Hướng dẫn VNeID", 400, "",
                "Lê Văn Tâm");
    }

    @Test
    void everyKindOfRecordReadsBackAsItWasWritten() {
        List<StoredRecord> records = List.of(news(offices.communeA), event(offices.communeA),
                material(offices.communeA), new ChoiceValue(fresh(offices.districtUnit), ChoiceList.EVENT_TYPE,
                        "Hội thi"), new NewsItem(fresh(offices.communeA), LocalDate.of(2024, 10, 5), "Báo in", "Báo in",
                        "", null, "", "", ""));

        for (StoredRecord record : records) {
            PackageKind kind = PackageKind.of(record);
            assertThat(RecordJson.read(kind, RecordJson.write(record))).isEqualTo(record);
        }
    }

    @Test
    void everyActivityKindTravelsInAnEntryOfItsOwn() {
        assertThat(Arrays.stream(ActivityKind.values()).map(PackageKind::of).distinct())
                .hasSize(ActivityKind.values().length)
                .allSatisfy(kind -> assertThat(kind.travelsDown()).isFalse());
        assertThat(PackageKind.CHOICE.travelsDown()).isTrue();
    }

    @Test
    void theNewKindsTravelUpAsTheyAreWithEvidenceAndTheirDaysInTheManifest() throws Exception {
        NewsItem news = offices.commune.news.save(news(offices.communeA));
        OutreachEvent event = offices.commune.events.save(event(offices.communeA));
        Material material = offices.commune.materials.save(material(offices.communeA));
        offices.commune.evidence.attach(Files.writeString(temp.resolve("anh.jpg"), "ảnh tập huấn"), event.meta().id(),
                ActivityKind.EVENT, offices.communeA.id());
        Path up = offices.send(offices.commune, offices.communeA, offices.districtUnit);

        MergePreview preview = offices.receive(offices.district, up);

        assertThat(preview.counts().get("NEWS").added()).isEqualTo(1);
        assertThat(offices.district.news.find(news.meta().id())).contains(news);
        assertThat(offices.district.events.find(event.meta().id())).contains(event);
        assertThat(offices.district.materials.find(material.meta().id())).contains(material);
        assertThat(offices.district.evidence.ofRecord(event.meta().id())).hasSize(1);
        Manifest manifest = manifest(up);
        assertThat(manifest.periodFrom()).isEqualTo(event.startsOn());
        assertThat(manifest.periodTo()).isEqualTo(material.madeOn());
    }

    @Test
    void theDistrictsOwnListValuesTravelDownButNoneOfItsActivities() throws Exception {
        offices.district.choices.save(new ChoiceValue(fresh(offices.districtUnit), ChoiceList.NEWS_CHANNEL,
                "Loa di động"));
        offices.district.news.save(news(offices.districtUnit));

        offices.receive(offices.commune, offices.send(offices.district, offices.districtUnit, offices.communeA));

        assertThat(offices.commune.choices.values(ChoiceList.NEWS_CHANNEL)).endsWith("Loa di động");
        assertThat(offices.commune.news.countLive()).isZero();
    }

    @Test
    void aListValueTheCommuneAddedItselfIsNotWrittenAtTheDistrict() throws Exception {
        ChoiceValue own = new ChoiceValue(fresh(offices.communeA), ChoiceList.MATERIAL_TYPE, "Băng đĩa");
        Path forged = Forger.of(offices.send(offices.commune, offices.communeA, offices.districtUnit))
                .add("choice_value", Forger.json(own)).write(temp.resolve("own.dxo"));

        offices.receive(offices.district, forged);

        assertThat(offices.district.choices.find(own.meta().id())).isEmpty();
    }

    @Test
    void aForgedUpwardPackageChangingTheDistrictsListValueIsRefused() throws Exception {
        ChoiceValue districts = offices.district.choices.save(new ChoiceValue(fresh(offices.districtUnit),
                ChoiceList.NEWS_CHANNEL, "Loa di động"));
        JsonObject changed = newer(districts);
        changed.addProperty("choiceValue", "Loa bị sửa");

        assertRefused(Forger.of(upward()).add("choice_value", changed), "exchange.refused.foreignRecord");
        assertThat(offices.district.choices.values(ChoiceList.NEWS_CHANNEL)).contains("Loa di động")
                .doesNotContain("Loa bị sửa");
    }

    @Test
    void aForgedUpwardPackageCarryingANewsItemOfAnotherCommuneIsRefused() throws Exception {
        NewsItem ofB = news(offices.communeB);

        assertRefused(Forger.of(upward()).add("news_item", Forger.json(ofB)), "exchange.refused.foreignRecord");
        assertThat(offices.district.news.countLive()).isZero();
    }

    @Test
    void evidenceOnAnotherCommunesEventIsRefused() throws Exception {
        OutreachEvent ofB = offices.district.events.save(event(offices.communeB));
        Forger forger = Forger.of(offices.sentWithEvidence());
        JsonObject evidence = forger.records("evidence").get(0);
        evidence.addProperty("recordId", ofB.meta().id().toString());
        evidence.addProperty("recordKind", ActivityKind.EVENT.name());

        assertRefused(forger.records("evidence", List.of(evidence)), "exchange.refused.foreignEvidence");
    }

    private Path upward() throws Exception {
        offices.commune.news.save(news(offices.communeA));
        return offices.send(offices.commune, offices.communeA, offices.districtUnit);
    }

    private JsonObject newer(StoredRecord record) {
        JsonObject json = Forger.json(record);
        json.addProperty("updatedAt", offices.clock.instant().plusSeconds(3600).toEpochMilli());
        return json;
    }

    private void assertRefused(Forger forger, String key) throws Exception {
        Path forged = forger.write(temp.resolve("forged-" + System.nanoTime() + ".dxo"));
        assertThatThrownBy(() -> offices.receive(offices.district, forged)).isInstanceOfSatisfying(
                PackageRefused.class, e -> assertThat(e.key()).isEqualTo(key));
    }

    private static Manifest manifest(Path pkg) throws Exception {
        try (ZipFile zip = new ZipFile(pkg.toFile()); InputStream in = zip.getInputStream(zip.getEntry(Manifest.FILE))) {
            return Manifest.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }
}
