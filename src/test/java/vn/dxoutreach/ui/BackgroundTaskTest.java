package vn.dxoutreach.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import vn.dxoutreach.store.StoreClosedException;
import vn.dxoutreach.store.StoreException;

class BackgroundTaskTest {

    @Test
    void workThatMetAClosedDatabaseHasNothingToReportOtherFailuresDo() {
        assertThat(BackgroundTask.closedUnderneath(new RuntimeException(new StoreClosedException()))).isTrue();
        assertThat(BackgroundTask.closedUnderneath(new StoreException("Write failed: constraint"))).isFalse();
        assertThat(BackgroundTask.closedUnderneath(null)).isFalse();
    }
}
