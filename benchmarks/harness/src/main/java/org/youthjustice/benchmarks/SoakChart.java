package org.youthjustice.benchmarks;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javax.imageio.ImageIO;

/**
 * The soak's chart: stacked panels sharing one time axis (seconds since the soak started), each with its y axis,
 * grid, unit, and a legend of its series; drawn with java.awt into a PNG (run headless:
 * {@code -Djava.awt.headless=true}). A NaN value (a sample that could not be read) breaks its line.
 */
final class SoakChart {

    /** One line of a panel; its values are at the chart's times. */
    record Series(String name, double[] values) {
    }

    /** One panel: its title, the unit of its y axis, its lines. */
    record Panel(String title, String unit, List<Series> series) {
    }

    private static final Color[] PALETTE = {
        new Color(0x1f77b4), new Color(0xd62728), new Color(0x2ca02c), new Color(0xff7f0e), new Color(0x9467bd),
        new Color(0x8c564b), new Color(0xe377c2), new Color(0x17becf), new Color(0xbcbd22), new Color(0x7f7f7f),
        new Color(0x000080), new Color(0x006400)
    };
    private static final int LEFT = 90;
    private static final int RIGHT = 250;
    private static final int TOP = 50;
    private static final int BOTTOM = 40;
    private static final int PANEL_TITLE = 24;
    private static final int PANEL_AXIS = 38;
    private static final int Y_TICKS = 5;

    private SoakChart() {
    }

    static void write(Path file, String title, double[] seconds, List<Panel> panels, int width, int height)
            throws IOException {
        BufferedImage image = draw(title, seconds, panels, width, height);
        if (!ImageIO.write(image, "png", file.toFile())) {
            throw new IOException("no PNG writer in this JDK");
        }
    }

    static BufferedImage draw(String title, double[] seconds, List<Panel> panels, int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, width, height);
            g.setColor(Color.BLACK);
            g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 18));
            g.drawString(title, LEFT, 30);
            double xMax = 1;
            for (double x : seconds) {
                xMax = Math.max(xMax, x);
            }
            int panelHeight = (height - TOP - BOTTOM) / Math.max(1, panels.size());
            for (int p = 0; p < panels.size(); p++) {
                int y0 = TOP + p * panelHeight;
                drawPanel(g, panels.get(p), seconds, xMax, LEFT, y0 + PANEL_TITLE, width - LEFT - RIGHT,
                        panelHeight - PANEL_TITLE - PANEL_AXIS);
            }
        } finally {
            g.dispose();
        }
        return image;
    }

    private static void drawPanel(Graphics2D g, Panel panel, double[] seconds, double xMax, int x0, int y0, int w,
                                  int h) {
        double yMax = 0;
        for (Series series : panel.series()) {
            for (double v : series.values()) {
                if (!Double.isNaN(v)) {
                    yMax = Math.max(yMax, v);
                }
            }
        }
        double yStep = niceStep(yMax <= 0 ? 1 : yMax * 1.05, Y_TICKS);
        double yTop = yStep * Math.max(1, Math.ceil((yMax <= 0 ? 1 : yMax * 1.05) / yStep));
        double xStep = niceStep(xMax, 10);

        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 14));
        g.setColor(Color.BLACK);
        g.drawString(panel.title() + " (" + panel.unit() + ")", x0, y0 - 8);

        // grid and tick labels
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
        FontMetrics metrics = g.getFontMetrics();
        for (double v = 0; v <= yTop + yStep / 2; v += yStep) {
            int y = y0 + h - (int) Math.round(v / yTop * h);
            g.setColor(new Color(0xe0e0e0));
            g.drawLine(x0, y, x0 + w, y);
            g.setColor(Color.DARK_GRAY);
            String label = tick(v, yStep);
            g.drawString(label, x0 - 6 - metrics.stringWidth(label), y + 4);
        }
        for (double v = 0; v <= xMax + xStep / 2; v += xStep) {
            int x = x0 + (int) Math.round(v / xMax * w);
            g.setColor(new Color(0xeeeeee));
            g.drawLine(x, y0, x, y0 + h);
            g.setColor(Color.DARK_GRAY);
            String label = tick(v, xStep);
            g.drawString(label, x - metrics.stringWidth(label) / 2, y0 + h + 14);
        }
        g.setColor(Color.BLACK);
        g.drawRect(x0, y0, w, h);
        g.drawString("s since the soak started", x0 + w - metrics.stringWidth("s since the soak started"),
                y0 + h + 28);
        AffineTransform saved = g.getTransform();
        g.rotate(-Math.PI / 2);
        g.drawString(panel.unit(), -(y0 + h / 2 + metrics.stringWidth(panel.unit()) / 2), x0 - 60);
        g.setTransform(saved);

        // lines and legend
        int legendY = y0 + 12;
        for (int s = 0; s < panel.series().size(); s++) {
            Series series = panel.series().get(s);
            Color color = PALETTE[s % PALETTE.length];
            g.setColor(color);
            g.setStroke(new BasicStroke(2f));
            Path2D.Double line = new Path2D.Double();
            boolean drawing = false;
            for (int i = 0; i < seconds.length && i < series.values().length; i++) {
                double v = series.values()[i];
                if (Double.isNaN(v)) {
                    drawing = false;
                    continue;
                }
                double x = x0 + seconds[i] / xMax * w;
                double y = y0 + h - v / yTop * h;
                if (drawing) {
                    line.lineTo(x, y);
                } else {
                    line.moveTo(x, y);
                    drawing = true;
                }
                g.fillOval((int) Math.round(x) - 2, (int) Math.round(y) - 2, 5, 5);
            }
            g.draw(line);
            g.setStroke(new BasicStroke(1f));
            g.fillRect(x0 + w + 14, legendY - 8, 18, 8);
            g.setColor(Color.BLACK);
            g.drawString(legendName(series.name()), x0 + w + 38, legendY);
            legendY += 15;
        }
    }

    private static String legendName(String name) {
        return name.length() <= 30 ? name : name.substring(0, 29) + "…";
    }

    /** A step of 1, 2 or 5 × 10^n that cuts {@code range} into at most about {@code ticks} parts. */
    static double niceStep(double range, int ticks) {
        double raw = range / ticks;
        double magnitude = Math.pow(10, Math.floor(Math.log10(raw)));
        double fraction = raw / magnitude;
        double nice = fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 5 ? 5 : 10;
        return nice * magnitude;
    }

    private static String tick(double value, double step) {
        int decimals = step >= 1 ? 0 : (int) Math.ceil(-Math.log10(step));
        return String.format(Locale.ROOT, "%." + decimals + "f", value);
    }
}
