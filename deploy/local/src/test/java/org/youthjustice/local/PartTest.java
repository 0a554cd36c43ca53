package org.youthjustice.local;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Signals to a real process tree: a shell whose work runs in two children, as PostgreSQL's backends do. */
class PartTest {

    private final AtomicInteger starts = new AtomicInteger();
    private Process shell;
    private Part part;

    @BeforeEach
    void startTree() throws IOException {
        shell = new ProcessBuilder("bash", "-c", "sleep 300 & sleep 300 & wait").start();
        await().atMost(Duration.ofSeconds(10)).until(() -> shell.descendants().count() == 2);
        part = new Part("sleepers", () -> Optional.of(shell.toHandle()).filter(ProcessHandle::isAlive),
                starts::incrementAndGet);
    }

    @AfterEach
    void endTree() {
        LaunchedProcesses.stopTree(shell.toHandle(), Duration.ofSeconds(5));
    }

    @Test
    void thePidsAreTheMainProcessFirstThenItsDescendants() {
        List<Long> pids = part.pids();

        assertEquals(3, pids.size());
        assertEquals(shell.pid(), pids.get(0));
        assertEquals(shell.descendants().map(ProcessHandle::pid).sorted().toList(),
                pids.subList(1, 3).stream().sorted().toList());
    }

    @Test
    void aStopAsksTheWholeTreeToTerminate() {
        List<ProcessHandle> tree = part.pids().stream().map(ProcessHandle::of).map(Optional::orElseThrow).toList();

        part.stop();

        tree.forEach(process -> assertFalse(process.isAlive(), "process " + process.pid() + " survived"));
        assertEquals(143, shell.exitValue(), "ended by SIGTERM, not killed");
        assertFalse(part.isRunning());
        assertThrows(IllegalStateException.class, part::stop);
    }

    @Test
    void aKillEndsTheWholeTreeAtOnce() {
        List<ProcessHandle> tree = part.pids().stream().map(ProcessHandle::of).map(Optional::orElseThrow).toList();

        part.kill();

        tree.forEach(process -> assertFalse(process.isAlive(), "process " + process.pid() + " survived"));
        assertEquals(137, shell.exitValue(), "killed by SIGKILL, not asked to terminate");
        assertFalse(part.isRunning());
        assertEquals(List.of(), part.pids());
        assertThrows(IllegalStateException.class, part::kill);
    }

    @Test
    void aPausedTreeIsStoppedUntilResumed() throws Exception {
        List<Long> pids = part.pids();

        part.pause();
        for (long pid : pids) {
            assertTrue(state(pid).startsWith("T"), "process " + pid + " is " + state(pid));
        }

        part.resume();
        for (long pid : pids) {
            assertFalse(state(pid).startsWith("T"), "process " + pid + " is still stopped");
        }
    }

    @Test
    void aRestartStartsAKilledPartAndNeverARunningOne() {
        assertThrows(IllegalStateException.class, part::restart);
        assertEquals(0, starts.get());

        part.kill();
        part.restart();

        assertEquals(1, starts.get());
    }

    /** The process state letter as {@code ps} shows it: T when stopped by a signal. */
    private static String state(long pid) throws IOException, InterruptedException {
        Process ps = new ProcessBuilder("ps", "-o", "stat=", "-p", String.valueOf(pid)).start();
        String state = new String(ps.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
        ps.waitFor();
        return state;
    }
}
