package org.youthjustice.benchmarks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;

/**
 * CPU time of the JIT compiler threads of each JVM ({@code /proc/<pid>/task/<tid>/stat} of the threads HotSpot names
 * {@code C1 CompilerThre...} and {@code C2 CompilerThre...}). A JVM of the suite compiles for minutes after its start
 * on two cores, and a method that runs once per event reaches the optimising compiler only after thousands of events:
 * the share printed beside a window's CPU says whether the window measured the services or their compilation.
 */
final class JitCompilerCpu {

    private final Map<String, Long> jvms;
    private final double ticksPerSecond;
    private final Path proc;

    /** @param jvms part name → pid of a JVM; a part that is no JVM simply has no compiler threads */
    JitCompilerCpu(Map<String, Long> jvms, double ticksPerSecond, Path proc) {
        this.jvms = new LinkedHashMap<>(jvms);
        this.ticksPerSecond = ticksPerSecond;
        this.proc = proc;
    }

    /** CPU seconds each part's compiler threads have spent so far; a part whose process is gone is left out. */
    Map<String, Double> sample() {
        Map<String, Double> seconds = new LinkedHashMap<>();
        jvms.forEach((part, pid) -> {
            Path tasks = proc.resolve(Long.toString(pid)).resolve("task");
            if (Files.isDirectory(tasks)) {
                seconds.put(part, compilerTicks(tasks) / ticksPerSecond);
            }
        });
        return seconds;
    }

    /**
     * Prints a Markdown table of what each JVM's compiler threads spent between two samples, in seconds, per event
     * ({@code perScale}: 1000 / events for ms) and as a share of all the part spent ({@code spentBefore/After}).
     */
    static void printSpent(Map<String, Double> before, Map<String, Double> after, Map<String, Double> spentBefore,
                           Map<String, Double> spentAfter, String perHeader, double perScale) {
        System.out.println(Markdown.row("process", "JIT compilers' CPU s", perHeader, "% of the process's CPU"));
        System.out.println(Markdown.row("---", "---", "---", "---"));
        after.forEach((part, seconds) -> {
            Double start = before.get(part);
            Double all = spentAfter.containsKey(part) && spentBefore.containsKey(part)
                    ? spentAfter.get(part) - spentBefore.get(part) : null;
            if (start != null && seconds > 0) {
                double spent = seconds - start;
                System.out.println(Markdown.row(part, Markdown.number(spent, 2), Markdown.number(spent * perScale, 2),
                        all == null || all <= 0 ? "" : Markdown.number(100 * spent / all, 1)));
            }
        });
    }

    private static long compilerTicks(Path tasks) {
        long ticks = 0;
        try (Stream<Path> threads = Files.list(tasks)) {
            for (Path thread : (Iterable<Path>) threads::iterator) {
                ticks += compilerTicksOf(thread.resolve("stat"));
            }
        } catch (NoSuchFileException e) {
            // the process ended while its threads were listed
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return ticks;
    }

    private static long compilerTicksOf(Path stat) throws IOException {
        String line;
        try {
            line = Files.readString(stat);
        } catch (NoSuchFileException e) {
            return 0;
        }
        String name = line.substring(line.indexOf('(') + 1, line.lastIndexOf(')'));
        if (!name.matches("C[12] CompilerThre.*")) {
            return 0;
        }
        ProcessCpu.Stat fields = ProcessCpu.Stat.parse(line);
        return fields.utime() + fields.stime();
    }
}
