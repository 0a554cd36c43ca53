package org.youthjustice.benchmarks;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * The soak's samples as series: resident memory and threads of each process, PostgreSQL's connections per database,
 * the outbox backlog of each service database and the p99 of each sample's window; written as {@code soak.tsv} (one
 * line per sample), drawn as {@code soak.png} (five panels) and judged flat or not ({@link Flatness}).
 */
final class SoakReport {

    static final int WIDTH = 1200;
    static final int HEIGHT = 1400;

    /** A series of one panel, with what a difference below which it counts as flat. */
    record Line(String panel, String name, double[] values, double negligible) {
    }

    private final List<MixedLoad.SoakSample> samples;
    private final double[] seconds;
    private final List<Line> lines = new ArrayList<>();

    SoakReport(List<MixedLoad.SoakSample> samples) {
        this.samples = List.copyOf(samples);
        this.seconds = samples.stream().mapToDouble(MixedLoad.SoakSample::seconds).toArray();
        Set<String> parts = new LinkedHashSet<>();
        Set<String> databases = new LinkedHashSet<>();
        Set<String> outboxes = new LinkedHashSet<>();
        samples.forEach(s -> {
            parts.addAll(s.processes().keySet());
            databases.addAll(s.connections().keySet());
            outboxes.addAll(s.outbox().keySet());
        });
        for (String part : parts) {
            lines.add(new Line(RSS, part, values(s -> footprint(s, part, ProcessFootprint.Footprint::rssMb)), 0));
        }
        for (String part : parts) {
            lines.add(new Line(THREADS, part, values(s -> footprint(s, part, f -> (double) f.threads())), 0));
        }
        for (String database : databases) {
            lines.add(new Line(CONNECTIONS, database, values(s -> {
                Integer n = s.connections().get(database);
                return n == null ? Double.NaN : n;
            }), 1));
        }
        if (parts.contains("postgres")) {
            lines.add(new Line(CONNECTIONS, "postgres processes (/proc)",
                    values(s -> footprint(s, "postgres", f -> (double) f.processes())), 1));
        }
        for (String database : outboxes) {
            lines.add(new Line(OUTBOX, database, values(s -> {
                Long n = s.outbox().get(database);
                return n == null || n < 0 ? Double.NaN : n;
            }), 10));
        }
        lines.add(new Line(P99, "p99 of the window", values(MixedLoad.SoakSample::p99Millis), 0));
    }

    static final String RSS = "Resident memory (VmRSS) per process";
    static final String THREADS = "Threads per process";
    static final String CONNECTIONS = "PostgreSQL client connections per database";
    static final String OUTBOX = "Outbox backlog (unsent rows) per service database";
    static final String P99 = "p99 latency of the requests answered in each sample's window";
    private static final Map<String, String> UNITS = Map.of(RSS, "MB", THREADS, "threads", CONNECTIONS,
            "connections", OUTBOX, "events", P99, "ms");

    private static double footprint(MixedLoad.SoakSample sample, String part,
                                    Function<ProcessFootprint.Footprint, Double> value) {
        ProcessFootprint.Footprint f = sample.processes().get(part);
        return f == null ? Double.NaN : value.apply(f);
    }

    private double[] values(Function<MixedLoad.SoakSample, Double> value) {
        return samples.stream().mapToDouble(value::apply).toArray();
    }

    List<Line> lines() {
        return List.copyOf(lines);
    }

    void writeTsv(Path file) throws IOException {
        try (PrintWriter writer = new PrintWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8))) {
            StringBuilder header = new StringBuilder("seconds\tanswered");
            for (Line line : lines) {
                header.append('\t').append(column(line));
            }
            writer.println(header);
            for (int i = 0; i < samples.size(); i++) {
                StringBuilder row = new StringBuilder(Markdown.number(seconds[i], 1)).append('\t')
                        .append(samples.get(i).answered());
                for (Line line : lines) {
                    row.append('\t').append(Markdown.number(line.values()[i], P99.equals(line.panel())
                            || RSS.equals(line.panel()) ? 1 : 0));
                }
                writer.println(row);
            }
        }
    }

    private static String column(Line line) {
        return switch (line.panel()) {
            case RSS -> "rss MB " + line.name();
            case THREADS -> "threads " + line.name();
            case CONNECTIONS -> "pg connections " + line.name();
            case OUTBOX -> "outbox backlog " + line.name();
            default -> "p99 ms";
        };
    }

    void writeChart(Path file, double rate) throws IOException {
        Map<String, List<SoakChart.Series>> panels = new LinkedHashMap<>();
        for (String panel : List.of(RSS, THREADS, CONNECTIONS, OUTBOX, P99)) {
            panels.put(panel, new ArrayList<>());
        }
        lines.forEach(line -> panels.get(line.panel()).add(new SoakChart.Series(line.name(), line.values())));
        List<SoakChart.Panel> drawn = new ArrayList<>();
        panels.forEach((title, series) -> drawn.add(new SoakChart.Panel(title, UNITS.get(title), series)));
        SoakChart.write(file, "Mixed load soak at " + Markdown.number(rate, 1) + " requests/s through the gateway",
                seconds, drawn, WIDTH, HEIGHT);
    }

    /** The verdict of each series, as a Markdown table. */
    void printFlatness(double tolerance) {
        System.out.println("Soak: " + samples.size() + " samples; a series is flat when the average of its last"
                + " third is within " + Markdown.number(100 * tolerance, 0) + " % of its first third's (or within"
                + " 1 connection, 10 outbox events). Chart: `soak.png`, values: `soak.tsv`.");
        System.out.println();
        System.out.println(Markdown.row("series", "first third avg", "last third avg", "change %", "verdict"));
        System.out.println(Markdown.row("---", "---", "---", "---", "---"));
        for (Line line : lines) {
            Flatness f = Flatness.of(line.values(), tolerance, line.negligible());
            System.out.println(Markdown.row(column(line), Markdown.number(f.firstThird(), 1),
                    Markdown.number(f.lastThird(), 1), Markdown.number(f.changePercent(), 1), f.verdict()));
        }
    }
}
