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
import java.util.stream.Stream;

/**
 * Resident memory and threads of the suite's processes from {@code /proc/<pid>/status} ({@code VmRSS},
 * {@code Threads}), each part with its descendants as {@link ProcessCpu} counts them: PostgreSQL is the postmaster
 * and all its children (backends and background workers, whose count is the part's processes), a descendant that is
 * a part of its own counts for itself only. The RSS of PostgreSQL's processes is their sum, so the shared buffers each
 * backend touched count once per backend: an upper bound of its memory, whose trend is what a soak looks at.
 */
final class ProcessFootprint {

    /** The fields of {@code /proc/<pid>/status} read; a kernel thread or a zombie has no VmRSS (0). */
    record Status(long pid, long ppid, long rssKb, int threads) {

        static Status parse(long pid, String text) {
            long ppid = -1;
            long rss = 0;
            int threads = 0;
            for (String line : text.split("\n")) {
                int colon = line.indexOf(':');
                if (colon < 0) {
                    continue;
                }
                String name = line.substring(0, colon);
                String value = line.substring(colon + 1).trim();
                switch (name) {
                    case "PPid" -> ppid = Long.parseLong(value);
                    case "VmRSS" -> rss = Long.parseLong(value.split("\\s+")[0]);
                    case "Threads" -> threads = Integer.parseInt(value);
                    default -> {
                        // not read
                    }
                }
            }
            if (ppid < 0) {
                throw new IllegalArgumentException("not a /proc/<pid>/status text: no PPid line");
            }
            return new Status(pid, ppid, rss, threads);
        }
    }

    /** One part: its resident memory in MB, its threads, its processes (1 for a JVM). */
    record Footprint(double rssMb, int threads, int processes) {
    }

    private final Map<String, Long> roots;
    private final Path proc;

    ProcessFootprint(Map<String, Long> roots, Path proc) {
        this.roots = new LinkedHashMap<>(roots);
        this.proc = proc;
    }

    /** Each part's footprint now; a part whose process is gone is left out. */
    Map<String, Footprint> sample() throws IOException {
        List<Status> all = new ArrayList<>();
        try (Stream<Path> entries = Files.list(proc)) {
            for (Path entry : (Iterable<Path>) entries::iterator) {
                String name = entry.getFileName().toString();
                if (!name.isEmpty() && name.chars().allMatch(Character::isDigit)) {
                    try {
                        all.add(Status.parse(Long.parseLong(name), Files.readString(entry.resolve("status"))));
                    } catch (NoSuchFileException e) {
                        // the process ended between the listing and the read
                    } catch (IOException | RuntimeException e) {
                        // another user's process we may not read, or one ending while read: not one of ours
                    }
                }
            }
        }
        Map<String, Footprint> footprints = new LinkedHashMap<>();
        roots.forEach((part, pid) -> {
            Footprint footprint = tree(pid, all, roots.values());
            if (footprint != null) {
                footprints.put(part, footprint);
            }
        });
        return footprints;
    }

    /** The sum over {@code root} and its descendants, without the subtrees of the other {@code parts}; null if gone. */
    static Footprint tree(long root, List<Status> all, Collection<Long> parts) {
        List<Status> tree = ProcessTree.of(root, all, parts, Status::pid, Status::ppid);
        if (tree.isEmpty()) {
            return null;
        }
        long rss = tree.stream().mapToLong(Status::rssKb).sum();
        int threads = tree.stream().mapToInt(Status::threads).sum();
        return new Footprint(rss / 1024.0, threads, tree.size());
    }
}
