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
        assertThat(MigrationIndex.versions()).contains(1);
    }

    @Test
    void aFileMadeByAnOlderVersionGetsTheMissingMigrations() {
        Path db = folder.resolve("dx-outreach.db");
        Flyway.configure().dataSource("jdbc:sqlite:" + db, null, null).locations("classpath:db/migration")
                .target("1").load().migrate();
        try (Store store = StoreFixture.open(folder)) {
            assertThat(store.db().schemaVersion())
                    .isEqualTo(MigrationIndex.versions().stream().max(Integer::compare).orElseThrow());
        }
    }
}
