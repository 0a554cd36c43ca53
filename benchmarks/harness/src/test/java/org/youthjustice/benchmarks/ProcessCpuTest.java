package org.youthjustice.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProcessCpuTest {

    /** A stat line with the fields up to cstime: pid, comm, state, ppid, 9 fields, utime, stime, cutime, cstime. */
    private static String stat(long pid, String comm, long ppid, long utime, long stime, long cutime, long cstime) {
        return pid + " (" + comm + ") S " + ppid + " 1 1 0 -1 4194560 100 0 0 0 " + utime + " " + stime + " "
                + cutime + " " + cstime + " 20 0 30 0 12345 1000000 500 18446744073709551615\n";
    }

    @Test
    void theFieldsAfterTheCommandNameAreReadEvenWhenTheNameHoldsSpacesAndParentheses() {
        ProcessCpu.Stat stat = ProcessCpu.Stat.parse(stat(4300, "java (main) x", 1, 1500, 250, 7, 3));

        assertEquals(new ProcessCpu.Stat(4300, 1, 1500, 250, 7, 3), stat);
    }

    @Test
    void aPartCountsItsReapedChildrenAndEveryLiveDescendantButNotItsParent() {
        List<ProcessCpu.Stat> all = List.of(
                new ProcessCpu.Stat(1, 0, 999, 999, 0, 0),
                new ProcessCpu.Stat(10, 1, 100, 20, 5, 5),
                new ProcessCpu.Stat(11, 10, 30, 10, 99, 99),
                new ProcessCpu.Stat(12, 11, 4, 1, 0, 0),
                new ProcessCpu.Stat(20, 1, 50, 50, 0, 0));

        // the root's own, its reaped children's (cutime, cstime), and the live ones' own only
        assertEquals(100 + 20 + 5 + 5 + 30 + 10 + 4 + 1, ProcessCpu.treeTicks(10, all, List.of(10L)));
        assertNull(ProcessCpu.treeTicks(99, all, List.of(99L)));
    }

    @Test
    void aDescendantThatIsAPartOfItsOwnIsNotCountedAgainForItsParent() {
        List<ProcessCpu.Stat> all = List.of(
                new ProcessCpu.Stat(10, 1, 3, 2, 0, 0),
                new ProcessCpu.Stat(11, 10, 400, 100, 0, 0),
                new ProcessCpu.Stat(12, 11, 60, 40, 0, 0),
                new ProcessCpu.Stat(13, 10, 7, 3, 0, 0));

        // the launcher (10) started a service (11, with a child 12) and a helper process (13) that is no part
        assertEquals(3 + 2 + 7 + 3, ProcessCpu.treeTicks(10, all, List.of(10L, 11L)));
        assertEquals(400 + 100 + 60 + 40, ProcessCpu.treeTicks(11, all, List.of(10L, 11L)));
    }

    @Test
    void aSampleSumsEachPartsTreeInSecondsAndLeavesOutAPartThatIsGone(@TempDir Path proc) throws IOException {
        write(proc, 4300, stat(4300, "java", 1, 300, 100, 0, 0));
        write(proc, 4400, stat(4400, "postgres", 1, 50, 50, 100, 0));
        write(proc, 4401, stat(4401, "postgres", 4400, 150, 50, 0, 0));
        Files.createDirectories(proc.resolve("self"));
        ProcessCpu cpu = new ProcessCpu(ProcessCpu.parseRoots("case-service:4300 postgres:4400 gone:4500"), 100,
                proc);

        assertEquals(Map.of("case-service", 4.0, "postgres", 4.0), cpu.sample());
    }

    @Test
    void partsAreNamedWithTheirPid() {
        assertEquals(Map.of("case-service", 4300L, "notification-service", 4303L),
                ProcessCpu.parseRoots(" case-service:4300  notification-service:4303 "));
        assertEquals(Map.of(), ProcessCpu.parseRoots(""));
        assertThrows(IllegalArgumentException.class, () -> ProcessCpu.parseRoots("case-service"));
    }

    private static void write(Path proc, long pid, String stat) throws IOException {
        Path dir = Files.createDirectories(proc.resolve(String.valueOf(pid)));
        Files.writeString(dir.resolve("stat"), stat);
    }
}
