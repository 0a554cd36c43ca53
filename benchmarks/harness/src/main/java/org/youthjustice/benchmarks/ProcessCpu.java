package org.youthjustice.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * CPU time of the suite's processes from {@code /proc/<pid>/stat} (utime + stime), each with its descendants, so that
 * PostgreSQL counts its backends and not only the postmaster; a root's {@code cutime + cstime} count the children it
 * reaped. A descendant that is a part of its own (the launcher starts every service) counts for itself only, never
 * again for its parent. Sampled before and after a window, the difference is the CPU each part spent in it.
 */
final class ProcessCpu {

    private final Map<String, Long> roots;
    private final double ticksPerSecond;
    private final Path proc;

    /**
     * @param roots          part name → pid, in the order to report them
     * @param ticksPerSecond the kernel's clock ticks per second ({@code getconf CLK_TCK}, 100 on Linux)
     */
    ProcessCpu(Map<String, Long> roots, double ticksPerSecond, Path proc) {
        this.roots = new LinkedHashMap<>(roots);
        this.ticksPerSecond = ticksPerSecond;
        this.proc = proc;
    }

    /** {@code "case-service:4300 notification-service:4303"}, as the run script writes it from {@code run status}. */
    static Map<String, Long> parseRoots(String text) {
        Map<String, Long> roots = new LinkedHashMap<>();
        for (String item : text.trim().split("\\s+")) {
            if (item.isEmpty()) {
                continue;
            }
            int colon = item.lastIndexOf(':');
            if (colon <= 0) {
                throw new IllegalArgumentException("BENCH_PIDS names parts as name:pid, not '" + item + "'");
            }
            roots.put(item.substring(0, colon), Long.parseLong(item.substring(colon + 1)));
        }
        return roots;
    }

    /** CPU seconds of each part (with its descendants) so far; a part whose process is gone is left out. */
    Map<String, Double> sample() throws IOException {
        List<Stat> all = new ArrayList<>();
        try (Stream<Path> entries = Files.list(proc)) {
            for (Path entry : (Iterable<Path>) entries::iterator) {
                if (entry.getFileName().toString().chars().allMatch(Character::isDigit)) {
                    readStat(entry.resolve("stat")).ifPresent(all::add);
                }
            }
        }
        Map<String, Double> seconds = new LinkedHashMap<>();
        roots.forEach((part, pid) -> {
            Long ticks = treeTicks(pid, all, roots.values());
            if (ticks != null) {
                seconds.put(part, ticks / ticksPerSecond);
            }
        });
        return seconds;
    }

    /**
     * Prints a Markdown table of the CPU each part spent between two samples: seconds, seconds × {@code perScale}
     * under {@code perHeader} (e.g. ms per event: 1000 / events), and the share of one core over the window.
     */
    static void printSpent(Map<String, Double> before, Map<String, Double> after, double windowSeconds,
                           String perHeader, double perScale) {
        System.out.println(Markdown.row("process", "CPU s", perHeader, "% of one core"));
        System.out.println(Markdown.row("---", "---", "---", "---"));
        after.forEach((part, seconds) -> {
            Double start = before.get(part);
            if (start != null) {
                double spent = seconds - start;
                System.out.println(Markdown.row(part, Markdown.number(spent, 2), Markdown.number(spent * perScale, 2),
                        Markdown.number(100 * spent / windowSeconds, 1)));
            }
        });
    }

    private static Optional<Stat> readStat(Path file) throws IOException {
        try {
            return Optional.of(Stat.parse(Files.readString(file)));
        } catch (NoSuchFileException e) {
            // the process ended between the listing and the read
            return Optional.empty();
        }
    }

    /**
     * Ticks of {@code root} (its reaped children included) and its live descendants, without the subtrees of the other
     * {@code parts}; null when it is gone.
     */
    static Long treeTicks(long root, List<Stat> all, Collection<Long> parts) {
        List<Stat> tree = ProcessTree.of(root, all, parts, Stat::pid, Stat::ppid);
        if (tree.isEmpty()) {
            return null;
        }
        Stat rootStat = tree.get(0);
        long ticks = rootStat.cutime() + rootStat.cstime();
        for (Stat stat : tree) {
            ticks += stat.utime() + stat.stime();
        }
        return ticks;
    }

    /** The fields of {@code /proc/<pid>/stat} the benchmark reads, in clock ticks. */
    record Stat(long pid, long ppid, long utime, long stime, long cutime, long cstime) {

        /** The command name (field 2) may hold spaces and parentheses: the fields after it follow its last ')'. */
        static Stat parse(String line) {
            int open = line.indexOf('(');
            int close = line.lastIndexOf(')');
            if (open < 0 || close < open) {
                throw new IllegalArgumentException("not a /proc/<pid>/stat line");
            }
            long pid = Long.parseLong(line.substring(0, open).trim());
            String[] fields = line.substring(close + 1).trim().split("\\s+");
            // fields[0] is field 3 (state): ppid is field 4, utime..cstime fields 14-17
            return new Stat(pid, Long.parseLong(fields[1]), Long.parseLong(fields[11]), Long.parseLong(fields[12]),
                    Long.parseLong(fields[13]), Long.parseLong(fields[14]));
        }
    }
}
