package vn.dxoutreach.exchange.pkg;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PackageMergerTest {

    @TempDir
    Path temp;
    private TwoOffices offices;
    private Path sent;

    @BeforeEach
    void aPackageWithAnEvidenceFile() throws Exception {
        offices = new TwoOffices(temp);
        sent = offices.sentWithEvidence();
    }

    @AfterEach
    void close() {
        offices.close();
    }

    @Test
    void aMergeThatFailsLeavesNoEvidenceFileBehind() throws Exception {
        MergePreview preview = offices.preview(offices.district, sent);
        String sha = Forger.of(sent).records("evidence").get(0).get("sha256").getAsString();
        offices.district.close();

        assertThatThrownBy(() -> new PackageMerger(offices.district).apply(preview)).isInstanceOf(RuntimeException.class);
        assertThat(offices.district.evidence.pathOf(sha)).doesNotExist();
    }

    @Test
    void anUpwardPackageCarriesNoPlansOrSlogans() throws Exception {
        offices.commune.slogans.ensureOfficial(offices.communeA.id());

        Path again = offices.send(offices.commune, offices.communeA, offices.districtUnit);

        assertThat(Forger.of(again).records("slogan")).isEmpty();
        assertThat(Forger.of(again).records("plan")).isEmpty();
    }
}
