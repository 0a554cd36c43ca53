package org.youthjustice.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunStateTest {

    @TempDir
    Path data;

    @Test
    void aRecordedPartIsFoundWithItsPidAndPort() {
        RunState state = new RunState(data);
        state.recordPart("kafka", ProcessHandle.current(), 9092);

        RunState.PartRecord kafka = state.part("kafka").orElseThrow();

        assertEquals(ProcessHandle.current().pid(), kafka.pid());
        assertEquals(9092, kafka.port());
        assertEquals(ProcessHandle.current(), kafka.process().orElseThrow());
    }

    @Test
    void aPidReusedByAnotherProcessIsNotTakenForAPart() {
        long startedLater = ProcessHandle.current().info().startInstant().map(Instant::toEpochMilli).orElseThrow() + 1;

        RunState.PartRecord record = new RunState.PartRecord("kafka", ProcessHandle.current().pid(), startedLater, 9092);

        assertTrue(record.process().isEmpty());
    }

    @Test
    void theLauncherIsKnownByPidAndStartTimeUntilCleared() throws IOException {
        RunState state = new RunState(data);
        state.writeLauncher(ProcessHandle.current());

        assertEquals(ProcessHandle.current(), state.launcher().orElseThrow());
        assertEquals(String.valueOf(ProcessHandle.current().pid()), Files.readAllLines(state.pidFile()).get(0));

        state.clearLauncher();
        assertTrue(state.launcher().isEmpty());
        assertFalse(Files.exists(state.pidFile()));
    }
}
