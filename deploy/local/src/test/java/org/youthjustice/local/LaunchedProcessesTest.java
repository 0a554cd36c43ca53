package org.youthjustice.local;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class LaunchedProcessesTest {

    @Test
    void stoppingEndsEveryStartedProcessAndItsDescendants() {
        LaunchedProcesses processes = new LaunchedProcesses();
        // like kc.sh: a shell whose real work runs in a child process
        Process wrapper = processes.start("wrapper", new ProcessBuilder("bash", "-c", "sleep 300 & wait"));
        await().atMost(Duration.ofSeconds(10)).until(() -> wrapper.descendants().findAny().isPresent());
        List<ProcessHandle> descendants = wrapper.descendants().toList();

        processes.stopAll();

        assertFalse(wrapper.isAlive());
        descendants.forEach(child -> assertFalse(child.isAlive(), "descendant " + child.pid() + " still runs"));
    }

    @Test
    void nothingStartsOnceStopped() {
        LaunchedProcesses processes = new LaunchedProcesses();
        processes.stopAll();

        assertThrows(SuiteStartException.class, () -> processes.start("late", new ProcessBuilder("true")));
    }
}
