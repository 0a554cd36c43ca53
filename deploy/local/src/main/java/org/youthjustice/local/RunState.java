package org.youthjustice.local;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.Optional;
import java.util.List;
import java.util.Properties;

/**
 * What a running suite leaves in its data directory for {@code status} and {@code stop} from another process: the
 * launcher's pid ({@code run.pid}), a marker once everything is ready ({@code run.ready}), and the pid of each
 * part ({@code suite.state}). A recorded pid counts only while its process has the recorded start time, so a pid
 * reused by the system is never taken for a part of the suite.
 */
final class RunState {

    /** A part as recorded when it started. */
    record PartRecord(String part, long pid, long startMillis, int port) {

        Optional<ProcessHandle> process() {
            return ProcessHandle.of(pid).filter(ProcessHandle::isAlive)
                    .filter(handle -> handle.info().startInstant().map(Instant::toEpochMilli)
                            .map(start -> start == startMillis).orElse(false));
        }
    }

    private final Path dataDir;

    RunState(Path dataDir) {
        this.dataDir = dataDir;
    }

    Path pidFile() {
        return dataDir.resolve("run.pid");
    }

    Path readyMarker() {
        return dataDir.resolve("run.ready");
    }

    Path partsFile() {
        return dataDir.resolve("suite.state");
    }

    synchronized void recordPart(String part, ProcessHandle process, int port) {
        Properties parts = readParts();
        parts.setProperty(part + ".pid", String.valueOf(process.pid()));
        parts.setProperty(part + ".start", String.valueOf(startMillis(process)));
        parts.setProperty(part + ".port", String.valueOf(port));
        write(parts);
    }

    Optional<PartRecord> part(String part) {
        Properties parts = readParts();
        String pid = parts.getProperty(part + ".pid");
        if (pid == null) {
            return Optional.empty();
        }
        return Optional.of(new PartRecord(part, Long.parseLong(pid),
                Long.parseLong(parts.getProperty(part + ".start", "0")),
                Integer.parseInt(parts.getProperty(part + ".port", "0"))));
    }

    /** {@code run.pid}: the launcher's pid, then its start time (which tells it from a later process with that pid). */
    void writeLauncher(ProcessHandle launcher) {
        writeString(pidFile(), launcher.pid() + "\n" + startMillis(launcher) + "\n");
    }

    /** The launcher that wrote {@code run.pid}, while it still runs. */
    Optional<ProcessHandle> launcher() {
        List<String> lines;
        try {
            lines = Files.readAllLines(pidFile(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return Optional.empty();
        }
        try {
            return new PartRecord("launcher", Long.parseLong(lines.get(0).trim()),
                    Long.parseLong(lines.get(1).trim()), 0).process();
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    void markReady() {
        writeString(readyMarker(), Instant.now() + "\n");
    }

    boolean isReady() {
        return Files.exists(readyMarker());
    }

    void clearParts() {
        delete(partsFile());
    }

    void clearLauncher() {
        delete(readyMarker());
        delete(pidFile());
    }

    private Properties readParts() {
        Properties parts = new Properties();
        if (Files.exists(partsFile())) {
            try (InputStream in = Files.newInputStream(partsFile())) {
                parts.load(in);
            } catch (IOException e) {
                throw new UncheckedIOException("could not read " + partsFile(), e);
            }
        }
        return parts;
    }

    private void write(Properties parts) {
        try {
            Files.createDirectories(dataDir);
            Path next = partsFile().resolveSibling("suite.state.next");
            try (OutputStream out = Files.newOutputStream(next)) {
                parts.store(out, "parts of the running suite: pid, process start time, port");
            }
            // a reader never sees a half-written file
            Files.move(next, partsFile(), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("could not write " + partsFile(), e);
        }
    }

    private void writeString(Path file, String content) {
        try {
            Files.createDirectories(dataDir);
            Files.writeString(file, content, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("could not write " + file, e);
        }
    }

    private static long startMillis(ProcessHandle process) {
        return process.info().startInstant().map(Instant::toEpochMilli).orElse(0L);
    }

    private static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException("could not delete " + file, e);
        }
    }
}
