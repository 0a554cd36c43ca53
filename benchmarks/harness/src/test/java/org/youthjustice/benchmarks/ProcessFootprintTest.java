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

class ProcessFootprintTest {

    private static String status(String name, long pid, long ppid, Long rssKb, int threads) {
        return "Name:\t" + name + "\nUmask:\t0022\nState:\tS (sleeping)\nTgid:\t" + pid + "\nNgid:\t0\nPid:\t" + pid
                + "\nPPid:\t" + ppid + "\nTracerPid:\t0\nUid:\t0\t0\t0\t0\nVmPeak:\t 4000000 kB\nVmSize:\t 3900000 kB\n"
                + (rssKb == null ? "" : "VmHWM:\t  400000 kB\nVmRSS:\t  " + rssKb + " kB\nRssAnon:\t  300000 kB\n")
                + "Threads:\t" + threads + "\nSigQ:\t0/94000\nCpus_allowed_list:\t0-1\n";
    }

    @Test
    void rssAndThreadsAreReadFromTheStatusText() {
        ProcessFootprint.Status status = ProcessFootprint.Status.parse(4300, status("java", 4300, 1, 334_592L, 57));

        assertEquals(new ProcessFootprint.Status(4300, 1, 334_592, 57), status);
    }

    @Test
    void aKernelThreadHasNoRss() {
        ProcessFootprint.Status status = ProcessFootprint.Status.parse(2, status("kthreadd", 2, 0, null, 1));

        assertEquals(0, status.rssKb());
        assertEquals(1, status.threads());
    }

    @Test
    void aTextWithoutParentIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> ProcessFootprint.Status.parse(1, "Name:\tx\n"));
    }

    @Test
    void postgresIsTheSumOfThePostmasterAndItsChildrenButAnotherPartCountsForItselfOnly() {
        List<ProcessFootprint.Status> all = List.of(
                new ProcessFootprint.Status(100, 1, 10_240, 1),      // launcher
                new ProcessFootprint.Status(200, 100, 20_480, 40),   // case-service, a part of its own
                new ProcessFootprint.Status(300, 1, 30_720, 1),      // postmaster
                new ProcessFootprint.Status(301, 300, 5_120, 1),     // checkpointer
                new ProcessFootprint.Status(302, 300, 7_168, 1),     // a backend
                new ProcessFootprint.Status(400, 1, 1_024, 1));      // someone else's
        List<Long> parts = List.of(100L, 200L, 300L);

        assertEquals(new ProcessFootprint.Footprint(42.0, 3, 3), ProcessFootprint.tree(300, all, parts));
        assertEquals(new ProcessFootprint.Footprint(10.0, 1, 1), ProcessFootprint.tree(100, all, parts));
        assertEquals(new ProcessFootprint.Footprint(20.0, 40, 1), ProcessFootprint.tree(200, all, parts));
        assertNull(ProcessFootprint.tree(999, all, parts));
    }

    @Test
    void aSampleReadsAProcDirectory(@TempDir Path proc) throws IOException {
        write(proc, 300, status("postgres", 300, 1, 30_720L, 1));
        write(proc, 301, status("postgres", 301, 300, 10_240L, 1));
        Files.createDirectories(proc.resolve("self"));

        Map<String, ProcessFootprint.Footprint> sample = new ProcessFootprint(Map.of("postgres", 300L, "gone", 77L),
                proc).sample();

        assertEquals(Map.of("postgres", new ProcessFootprint.Footprint(40.0, 2, 2)), sample);
    }

    private static void write(Path proc, long pid, String text) throws IOException {
        Path dir = Files.createDirectories(proc.resolve(Long.toString(pid)));
        Files.writeString(dir.resolve("status"), text);
    }
}
