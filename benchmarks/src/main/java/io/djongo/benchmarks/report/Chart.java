package io.djongo.benchmarks.report;

import io.djongo.benchmarks.report.ReportWriter.Group;
import io.djongo.benchmarks.report.ReportWriter.Row;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.imageio.ImageIO;

/**
 * A horizontal bar chart of the ratios, one panel per measurement: time (dark) and allocation
 * (light) of each contender over the baseline of the same run, with a line at 1×. Drawn with
 * Java2D in headless mode, so no charting library is needed.
 */
final class Chart {
    private Chart() {}

    private static final int WIDTH = 1200;
    private static final int LABEL = 260;
    private static final int RIGHT = 90;
    private static final int BAR = 14;
    private static final int ROW = 2 * BAR + 10;
    private static final int TITLE = 44;
    private static final Color TIME = new Color(0x1f4e79);
    private static final Color ALLOC = new Color(0xf4a259);
    private static final Color DJONGO = new Color(0x2e7d32);

    /** A panel: a title and rows of (label, time ratio, allocation ratio or NaN). */
    private record Panel(String title, List<String> labels, List<double[]> ratios) {}

    static void write(Path file, List<Group> groups, java.util.Map<String, List<Paired.Row>> paired,
            List<Startup.Row> startup) throws IOException {
        System.setProperty("java.awt.headless", "true");
        List<Panel> panels = new ArrayList<>();
        for (Group group : groups) {
            List<String> labels = new ArrayList<>();
            List<double[]> ratios = new ArrayList<>();
            for (Row row : group.rows()) {
                labels.add(row.contender());
                ratios.add(new double[] {row.timeRatio(), row.allocRatio()});
            }
            panels.add(new Panel(group.title() + "  (baseline: " + group.baseline() + ")", labels, ratios));
        }
        for (java.util.Map.Entry<String, List<Paired.Row>> operation : paired.entrySet()) {
            List<String> labels = new ArrayList<>();
            List<double[]> ratios = new ArrayList<>();
            for (Paired.Row row : operation.getValue()) {
                labels.add(row.contender());
                ratios.add(new double[] {row.ratio(), row.bytesRatio()});
            }
            panels.add(new Panel((operation.getKey().equals("find") ? "Find" : "Insert")
                    + " 1000, paired and interleaved; allocation of the client thread  (baseline: handWritten)",
                    labels, ratios));
        }
        if (!startup.isEmpty()) {
            List<String> labels = new ArrayList<>();
            List<double[]> ratios = new ArrayList<>();
            for (Startup.Row row : startup) {
                labels.add(row.contender());
                ratios.add(new double[] {row.ratio(), Double.NaN});
            }
            panels.add(new Panel("Start-up to first query result, wall time  (baseline: handWritten on the raw driver)",
                    labels, ratios));
        }

        int height = 70;
        for (Panel panel : panels) {
            height += TITLE + panel.labels().size() * ROW + 16;
        }
        BufferedImage image = new BufferedImage(WIDTH, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, WIDTH, height);
            g.setColor(Color.BLACK);
            g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 18));
            g.drawString("Djongo benchmarks: ratio to the baseline of the same run (lower is better)", 16, 28);
            g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 13));
            legend(g, 16, 50, TIME, "time (median)");
            legend(g, 180, 50, ALLOC, "bytes allocated per operation");
            g.setColor(Color.DARK_GRAY);
            g.drawString("dashed line: 1× (the baseline)", 430, 50);
            int y = 70;
            for (Panel panel : panels) {
                y = panel(g, panel, y);
            }
        } finally {
            g.dispose();
        }
        ImageIO.write(image, "png", file.toFile());
    }

    private static void legend(Graphics2D g, int x, int y, Color color, String text) {
        g.setColor(color);
        g.fillRect(x, y - 11, 14, 12);
        g.setColor(Color.BLACK);
        g.drawString(text, x + 20, y);
    }

    private static int panel(Graphics2D g, Panel panel, int y) {
        g.setColor(Color.BLACK);
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 14));
        g.drawString(panel.title(), 16, y + 20);
        y += TITLE;
        // At least 2x wide, so that panels whose ratios are all near 1 do not look like large differences.
        double max = 2.0;
        for (double[] ratio : panel.ratios()) {
            for (double r : ratio) {
                if (!Double.isNaN(r) && !Double.isInfinite(r)) {
                    max = Math.max(max, r);
                }
            }
        }
        max *= 1.08;
        int barWidth = WIDTH - LABEL - RIGHT;
        int top = y;
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 13));
        FontMetrics metrics = g.getFontMetrics();
        for (int i = 0; i < panel.labels().size(); i++) {
            String label = panel.labels().get(i);
            double[] ratio = panel.ratios().get(i);
            g.setColor(label.startsWith("djongo") ? DJONGO : Color.BLACK);
            g.drawString(label, LABEL - 12 - metrics.stringWidth(label), y + BAR + 4);
            bar(g, ratio[0], max, barWidth, y, TIME);
            bar(g, ratio[1], max, barWidth, y + BAR + 2, ALLOC);
            y += ROW;
        }
        int one = LABEL + (int) Math.round(barWidth / max);
        g.setColor(Color.GRAY);
        g.setStroke(new BasicStroke(1f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {4f, 4f}, 0f));
        g.drawLine(one, top - 4, one, y - 6);
        g.setStroke(new BasicStroke(1f));
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
        g.drawString("1×", one - 6, top - 6);
        g.drawLine(LABEL, top - 4, LABEL, y - 6);
        return y + 16;
    }

    private static void bar(Graphics2D g, double ratio, double max, int barWidth, int y, Color color) {
        if (Double.isNaN(ratio) || Double.isInfinite(ratio)) {
            return;
        }
        int width = Math.max(1, (int) Math.round(barWidth * ratio / max));
        g.setColor(color);
        g.fillRect(LABEL, y, width, BAR);
        g.setColor(Color.BLACK);
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
        g.drawString(String.format(Locale.ROOT, "%.2f×", ratio), LABEL + width + 6, y + BAR - 2);
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 13));
    }
}
