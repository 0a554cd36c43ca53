package org.youthjustice.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JitCompilerCpuTest {

    private static String stat(long tid, String comm, long utime, long stime) {
        return tid + " (" + comm + ") S 1 1 1 0 -1 4194560 100 0 0 0 " + utime + " " + stime
                + " 0 0 20 0 30 0 12345 1000000 500 18446744073709551615\n";
    }

    private static void thread(Path proc, long pid, long tid, String comm, long utime, long stime) throws IOException {
        Path dir = Files.createDirectories(proc.resolve(pid + "/task/" + tid));
        Files.writeString(dir.resolve("stat"), stat(tid, comm, utime, stime));
    }

    @Test
    void onlyTheCompilerThreadsOfEachJvmCountAndAGoneProcessIsLeftOut(@TempDir Path proc) throws IOException {
        thread(proc, 4300, 4300, "java", 900, 100);
        thread(proc, 4300, 4301, "C2 CompilerThre", 250, 50);
        thread(proc, 4300, 4302, "C1 CompilerThre", 40, 10);
        thread(proc, 4300, 4303, "executor-thread-1", 500, 20);
        thread(proc, 4400, 4400, "postgres", 70, 30);
        Map<String, Long> parts = new LinkedHashMap<>();
        parts.put("case-service", 4300L);
        parts.put("postgres", 4400L);
        parts.put("gone", 4500L);

        Map<String, Double> seconds = new JitCompilerCpu(parts, 100, proc).sample();

        assertEquals(Map.of("case-service", 3.5, "postgres", 0.0), seconds);
    }
}
