package vn.dxoutreach.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.dxoutreach.store.AutomaticBackup;

/** The day's backup as the window sees it: closing never waits for it to finish; it is told to stop. */
class DailyBackupTest {

    private final ExecutorService thread = Executors.newSingleThreadExecutor();

    @AfterEach
    void stop() {
        thread.shutdownNow();
    }

    @Test
    void closingWithABackupRunningStopsItInsteadOfWaitingForIt() throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        AtomicBoolean sawCancel = new AtomicBoolean();
        // a backup that would run for ever unless told to stop
        DailyBackup backup = new DailyBackup(cancelled -> {
            started.countDown();
            while (!cancelled.getAsBoolean()) {
                Thread.onSpinWait();
            }
            sawCancel.set(true);
            throw new AutomaticBackup.Cancelled();
        }, new TaskRunner(thread, Runnable::run));
        backup.start();
        assertThat(started.await(30, TimeUnit.SECONDS)).isTrue();
        assertThat(backup.runningProperty().get()).isTrue();

        boolean ended = backup.stopForClose(30_000);

        assertThat(ended).isTrue();
        assertThat(sawCancel).isTrue();
    }

    @Test
    void theUserCancelsAndTheStatusSaysSo() {
        DailyBackup backup = new DailyBackup(cancelled -> {
            throw new AutomaticBackup.Cancelled();
        }, TaskRunner.direct());
        backup.cancel();
        backup.start();
        assertThat(backup.runningProperty().get()).isFalse();
        assertThat(backup.stateProperty().get()).isEqualTo(DailyBackup.State.CANCELLED);
    }

    @Test
    void aFinishedBackupSaysDoneAndOneNotDueSaysNothing() {
        DailyBackup done = new DailyBackup(cancelled -> java.nio.file.Path.of("auto.zip"), TaskRunner.direct());
        done.start();
        assertThat(done.stateProperty().get()).isEqualTo(DailyBackup.State.DONE);
        DailyBackup notDue = new DailyBackup(cancelled -> null, TaskRunner.direct());
        notDue.start();
        assertThat(notDue.stateProperty().get()).isEqualTo(DailyBackup.State.IDLE);
    }
}
