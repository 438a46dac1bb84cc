package vn.dxoutreach.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MigrationIndexTest {

    @TempDir
    Path folder;

    @Test
    void findsTheCoreSchemaScript() {
        assertThat(MigrationIndex.versions()).contains("1");
    }

    @Test
    void aSecondScriptOfAVersionIsKnownByFlywaysDottedVersion() {
        assertThat(MigrationIndex.versions()).contains("13", "13.1");
        // the newest schema's major version is one of the scripts' own, never a dotted one
        assertThat(MigrationIndex.newestMajor()).isGreaterThanOrEqualTo(13);
        assertThat(MigrationIndex.versions()).contains(String.valueOf(MigrationIndex.newestMajor()));
    }

    @Test
    void aFileWithTheFirstScriptOfAVersionButNotTheSecondGetsTheSecond() {
        Path db = folder.resolve("dx-outreach.db");
        Flyway.configure().dataSource("jdbc:sqlite:" + db, null, null).locations("classpath:db/migration")
                .target("13").load().migrate();
        try (Store store = StoreFixture.open(folder)) {
            assertThat(store.slogans.officialFor(2025)).isNotNull();
        }
    }

    @Test
    void aFileMadeByAnOlderVersionGetsTheMissingMigrations() {
        Path db = folder.resolve("dx-outreach.db");
        Flyway.configure().dataSource("jdbc:sqlite:" + db, null, null).locations("classpath:db/migration")
                .target("1").load().migrate();
        try (Store store = StoreFixture.open(folder)) {
            assertThat(store.db().schemaVersion())
                    .isEqualTo(MigrationIndex.newestMajor());
        }
    }
}
