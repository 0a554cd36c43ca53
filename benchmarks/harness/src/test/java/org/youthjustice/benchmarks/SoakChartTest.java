package org.youthjustice.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SoakChartTest {

    @BeforeAll
    static void headless() {
        System.setProperty("java.awt.headless", "true");
    }

    @Test
    void theSoakOfSyntheticSamplesIsDrawnAsAPngOfTheExpectedSize(@TempDir Path dir) throws IOException {
        List<MixedLoad.SoakSample> samples = new ArrayList<>();
        for (int i = 1; i <= 30; i++) {
            Map<String, ProcessFootprint.Footprint> processes = new LinkedHashMap<>();
            processes.put("case-service", new ProcessFootprint.Footprint(300 + i, 60 + i % 3, 1));
            processes.put("gateway", new ProcessFootprint.Footprint(180, 40, 1));
            processes.put("postgres", new ProcessFootprint.Footprint(900, 30, 30));
            Map<String, Integer> connections = new LinkedHashMap<>();
            connections.put("cases", 5);
            connections.put("notifications", 6 + i / 10);
            Map<String, Long> outbox = new LinkedHashMap<>();
            outbox.put("cases", (long) (i % 4));
            outbox.put("workers", i == 7 ? -1L : 0L);
            samples.add(new MixedLoad.SoakSample(10.0 * i, processes, connections, outbox, 200, 40 + i));
        }
        SoakReport report = new SoakReport(samples);
        Path png = dir.resolve("soak.png");
        Path tsv = dir.resolve("soak.tsv");

        report.writeChart(png, 20);
        report.writeTsv(tsv);

        BufferedImage image = ImageIO.read(png.toFile());
        assertEquals(SoakReport.WIDTH, image.getWidth());
        assertEquals(SoakReport.HEIGHT, image.getHeight());
        assertTrue(colours(image) > 5, "lines in several colours");
        List<String> rows = Files.readAllLines(tsv);
        assertEquals(31, rows.size());
        assertTrue(rows.get(0).startsWith("seconds\tanswered\trss MB case-service"), rows.get(0));
        assertTrue(rows.get(7).contains("n/a"), "the unread backlog of sample 7: " + rows.get(7));
    }

    @Test
    void aStepIsOneTwoOrFiveTimesAPowerOfTen() {
        assertEquals(100, SoakChart.niceStep(480, 5), 1e-9);
        assertEquals(0.2, SoakChart.niceStep(0.9, 5), 1e-9);
        assertEquals(50, SoakChart.niceStep(600, 12), 1e-9);
    }

    private static long colours(BufferedImage image) {
        return java.util.stream.IntStream.range(0, image.getWidth() * image.getHeight())
                .map(i -> image.getRGB(i % image.getWidth(), i / image.getWidth()) & 0xffffff)
                .distinct().limit(100).count();
    }
}
