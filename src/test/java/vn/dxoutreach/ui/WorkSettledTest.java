package vn.dxoutreach.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.util.Duration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class WorkSettledTest {

    @BeforeAll
    static void toolkit() throws Exception {
        ScreenTests.startToolkit();
    }

    @Test
    void settlesOnlyOnceTheWorkHasStayedIdleForAMoment() throws Exception {
        SimpleBooleanProperty running = new SimpleBooleanProperty(true);
        CountDownLatch settled = new CountDownLatch(1);
        Platform.runLater(() -> WorkSettled.then(running, Duration.seconds(30), settled::countDown));

        assertThat(settled.await(1500, TimeUnit.MILLISECONDS)).as("work still running").isFalse();
        Platform.runLater(() -> running.set(false));
        assertThat(settled.await(10, TimeUnit.SECONDS)).isTrue();
    }

    @Test
    void settlesAtTheLimitWhenTheWorkNeverStops() throws Exception {
        SimpleBooleanProperty running = new SimpleBooleanProperty(true);
        CountDownLatch settled = new CountDownLatch(1);
        Platform.runLater(() -> WorkSettled.then(running, Duration.millis(600), settled::countDown));

        assertThat(settled.await(10, TimeUnit.SECONDS)).isTrue();
        assertThat(running.get()).isTrue();
    }
}
