package org.youthjustice.local;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
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
    void aPartStartedAgainReplacesItsEndedProcessAndIsStoppedWithTheOthers() {
        LaunchedProcesses processes = new LaunchedProcesses();
        Process broker = processes.start("kafka", new ProcessBuilder("sleep", "300"));
        Process service = processes.start("case-service", new ProcessBuilder("sleep", "300"));
        broker.destroyForcibly();
        await().atMost(Duration.ofSeconds(10)).until(() -> !broker.isAlive());

        Process restarted = processes.start("kafka", new ProcessBuilder("sleep", "300"));

        assertSame(restarted, processes.process("kafka").orElseThrow());
        processes.stopAll();
        assertFalse(restarted.isAlive());
        assertFalse(service.isAlive());
    }

    @Test
    void aPartThatStillRunsIsNotStartedTwice() {
        LaunchedProcesses processes = new LaunchedProcesses();
        Process running = processes.start("kafka", new ProcessBuilder("sleep", "300"));

        assertThrows(IllegalStateException.class, () -> processes.start("kafka", new ProcessBuilder("sleep", "300")));

        assertSame(running, processes.process("kafka").orElseThrow());
        processes.stopAll();
    }

    @Test
    void nothingStartsOnceStopped() {
        LaunchedProcesses processes = new LaunchedProcesses();
        processes.stopAll();

        assertThrows(SuiteStartException.class, () -> processes.start("late", new ProcessBuilder("true")));
    }
}
