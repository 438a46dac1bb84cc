package vn.dxoutreach.exchange.pkg;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.dxoutreach.domain.Broadcast;

class ConflictLogTest {

    @TempDir
    Path temp;
    private TwoOffices offices;
    private Broadcast sent;
    private ConflictLog log;

    /** The district edited X01's broadcast, X01 later too; the district kept X01's newer version. */
    @BeforeEach
    void oneConflictDecided() throws Exception {
        offices = new TwoOffices(temp);
        sent = offices.airedAndSentUp("2024-10-02");
        offices.receive(offices.district, offices.editedAtDistrictThenCommune(sent));
        log = new ConflictLog(offices.district);
    }

    @AfterEach
    void close() {
        offices.close();
    }

    @Test
    void anEntryShowsBothVersionsFieldByField() {
        ConflictLog.Entry entry = log.entries().get(0);

        assertThat(entry.kindName()).isEqualTo("BROADCAST");
        assertThat(entry.peerUnit()).isEqualTo(offices.communeA.id());
        assertThat(entry.fields()).filteredOn(FieldDifference::differs).extracting(FieldDifference::field)
                .containsExactly("programTitle", "minutes");
        assertThat(entry.fields()).filteredOn(f -> f.field().equals("programTitle")).singleElement()
                .satisfies(f -> assertThat(f.mine() + " / " + f.theirs()).isEqualTo("Xã sửa / Huyện sửa"));
        assertThat(entry.keptChangedAt()).isAfter(entry.discardedChangedAt());
    }

    @Test
    void restoringWritesTheOtherVersionAsANewEdit() {
        Broadcast before = offices.district.broadcasts.find(sent.meta().id()).orElseThrow();

        log.restore(log.entries().get(0));

        Broadcast after = offices.district.broadcasts.find(sent.meta().id()).orElseThrow();
        assertThat(after.programTitle()).isEqualTo("Huyện sửa");
        assertThat(after.minutes()).isEqualTo(20);
        assertThat(after.meta().updatedAt()).isAfter(before.meta().updatedAt());
    }
}
