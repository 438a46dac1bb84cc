package vn.dxoutreach.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.Executor;
import org.junit.jupiter.api.Test;
import vn.dxoutreach.store.StoreClosedException;

/** The one task runner: latest wins per key, cancel, the running flag; no toolkit, no timing. */
class TaskRunnerTest {

    /** Runs what it was given only when told: the order of work and results is the test's. */
    private static final class Steps implements Executor {
        private final Deque<Runnable> queued = new ArrayDeque<>();

        @Override
        public void execute(Runnable command) {
            queued.add(command);
        }

        void runAll() {
            while (!queued.isEmpty()) {
                queued.poll().run();
            }
        }
    }

    private final Steps work = new Steps();
    private final Steps results = new Steps();
    private final TaskRunner runner = new TaskRunner(work, results);
    private final List<String> shown = new ArrayList<>();
    private final List<Throwable> failures = new ArrayList<>();

    @Test
    void directRunnerDeliversOnTheCallingThreadAtOnce() {
        TaskRunner direct = TaskRunner.direct();
        direct.submit(() -> "A", shown::add, failures::add);
        assertThat(shown).containsExactly("A");
        assertThat(direct.runningProperty().get()).isFalse();
    }

    @Test
    void olderResultUnderTheSameKeyIsDroppedWhenItArrivesLate() {
        runner.latest("chart", () -> "A", shown::add, failures::add);
        work.runAll();
        // A's answer waits for the FX thread while the user already asked for B
        runner.latest("chart", () -> "B", shown::add, failures::add);
        work.runAll();
        results.runAll();
        assertThat(shown).containsExactly("B");
    }

    @Test
    void replacedWorkDoesNotRunAtAll() {
        List<String> ran = new ArrayList<>();
        runner.latest("table", () -> ran.add("A"), r -> { }, failures::add);
        runner.latest("table", () -> ran.add("B"), r -> { }, failures::add);
        work.runAll();
        results.runAll();
        assertThat(ran).containsExactly("B");
    }

    @Test
    void differentKeysDoNotReplaceEachOther() {
        runner.latest("plans", () -> "P", shown::add, failures::add);
        runner.latest("figures", () -> "F", shown::add, failures::add);
        work.runAll();
        results.runAll();
        assertThat(shown).containsExactly("P", "F");
    }

    @Test
    void cancelledJobDeliversNothing() {
        TaskRunner.Job job = runner.submit(() -> "A", shown::add, failures::add);
        work.runAll();
        job.cancel();
        results.runAll();
        assertThat(shown).isEmpty();
    }

    @Test
    void cancelByKeyStopsTheLatestWorkOfThatKey() {
        runner.latest("draft", () -> "A", shown::add, failures::add);
        runner.cancel("draft");
        work.runAll();
        results.runAll();
        assertThat(shown).isEmpty();
    }

    @Test
    void runningWhileWorkIsQueuedOrItsResultUndelivered() {
        runner.submit(() -> "A", shown::add, failures::add);
        results.runAll();
        assertThat(runner.runningProperty().get()).isTrue();
        work.runAll();
        assertThat(runner.runningProperty().get()).isTrue();
        results.runAll();
        assertThat(runner.runningProperty().get()).isFalse();
    }

    @Test
    void failureReachesTheFailureHandler() {
        IllegalStateException broken = new IllegalStateException("broken");
        TaskRunner.direct().<String>submit(() -> {
            throw broken;
        }, shown::add, failures::add);
        assertThat(failures).containsExactly(broken);
    }

    @Test
    void workThatMetAClosedDatabaseReportsNothing() {
        TaskRunner.direct().<String>submit(() -> {
            throw new StoreClosedException();
        }, shown::add, failures::add);
        assertThat(failures).isEmpty();
        assertThat(shown).isEmpty();
    }

    @Test
    void keyedWorkOfTwoScreensRunsSideBySideOnThePool() {
        Steps ordered = new Steps();
        Steps pool = new Steps();
        TaskRunner two = new TaskRunner(ordered, pool, results);
        two.latest("dashboard", () -> "D", shown::add, failures::add);
        two.latest("broadcasts", () -> "B", shown::add, failures::add);
        ordered.runAll();
        // both handed to the pool at once: the second does not wait for the first to finish
        assertThat(pool.queued).hasSize(2);
        pool.runAll();
        results.runAll();
        assertThat(shown).containsExactly("D", "B");
    }

    @Test
    void keyedWorkStartsOnlyAfterTheSaveSubmittedBeforeIt() {
        Steps ordered = new Steps();
        Steps pool = new Steps();
        TaskRunner two = new TaskRunner(ordered, pool, results);
        List<String> ran = new ArrayList<>();
        two.submit(() -> ran.add("save"), r -> { }, failures::add);
        two.latest("table", () -> ran.add("read"), r -> { }, failures::add);
        assertThat(pool.queued).isEmpty();
        ordered.queued.poll().run();
        assertThat(ran).containsExactly("save");
        assertThat(pool.queued).isEmpty();
        ordered.runAll();
        pool.runAll();
        assertThat(ran).containsExactly("save", "read");
    }

    @Test
    void jobsOfOneKeyNeverOverlap() {
        Steps ordered = new Steps();
        Steps pool = new Steps();
        TaskRunner two = new TaskRunner(ordered, pool, results);
        two.latest("chart", () -> "A", shown::add, failures::add);
        ordered.runAll();
        two.latest("chart", () -> "B", shown::add, failures::add);
        ordered.runAll();
        // B waits in A's lane rather than taking a second pool thread
        assertThat(pool.queued).hasSize(1);
        pool.runAll();
        results.runAll();
        assertThat(shown).containsExactly("B");
        assertThat(failures).isEmpty();
    }
}
