package dev.backoff.benchmarks.jitter;

import dev.backoff.benchmarks.jitter.JitterSimulation.Algorithm;
import dev.backoff.benchmarks.jitter.JitterSimulation.Cell;

import java.util.List;
import java.util.Locale;
import java.util.function.ToDoubleFunction;

/** The simulation's chart, as SVG: calls and completion time against the number of clients, a line per algorithm. */
final class Chart {

    private static final String[] COLORS = {"#d62728", "#1f77b4", "#2ca02c", "#9467bd", "#7f7f7f"};
    private static final int PANEL_W = 440;
    private static final int PANEL_H = 300;
    private static final int LEFT = 70;
    private static final int TOP = 50;
    private static final int GAP = 90;

    private Chart() {
    }

    static String svg(List<Cell> cells, int runs) {
        int width = LEFT + 2 * PANEL_W + GAP + 30;
        int height = TOP + PANEL_H + 110;
        StringBuilder s = new StringBuilder();
        s.append(String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\""
                + " viewBox=\"0 0 %d %d\" font-family=\"sans-serif\" font-size=\"12\">%n", width, height, width, height));
        s.append(String.format(Locale.ROOT, "<rect width=\"%d\" height=\"%d\" fill=\"white\"/>%n", width, height));
        s.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"22\" font-size=\"15\" font-weight=\"bold\">"
                + "Contending OCC clients, backoff by backoff-cdi's own wait and jitter code (mean of %d runs)</text>%n",
                LEFT, runs));
        panel(s, cells, LEFT, "Calls (writes), total", c -> c.calls(), false);
        panel(s, cells, LEFT + PANEL_W + GAP, "Completion time (ms), log scale", c -> c.completionMillis(), true);
        int y = TOP + PANEL_H + 60;
        int x = LEFT;
        for (Algorithm a : Algorithm.values()) {
            String color = COLORS[a.ordinal()];
            s.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"%s\""
                    + " stroke-width=\"2.5\"%s/>%n", x, y - 4, x + 24, y - 4, color, dash(a)));
            s.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\">%s</text>%n", x + 30, y, a.label));
            x += 40 + 8 * a.label.length();
        }
        s.append("</svg>\n");
        return s.toString();
    }

    private static String dash(Algorithm a) {
        return switch (a) {
            case NO_BACKOFF -> " stroke-dasharray=\"5,4\"";
            case EQUAL -> " stroke-dasharray=\"9,3\""; // lies on full jitter's line in the calls panel
            default -> "";
        };
    }

    private static void panel(StringBuilder s, List<Cell> cells, int x0, String title, ToDoubleFunction<Cell> value,
                              boolean log) {
        double maxX = cells.stream().mapToInt(Cell::clients).max().orElse(1);
        double minX = cells.stream().mapToInt(Cell::clients).min().orElse(0);
        double maxY = niceCeiling(cells.stream().mapToDouble(value).max().orElse(1));
        // log scale: whole decades from below the smallest value to above the largest
        double lowDecade = Math.floor(Math.log10(Math.max(1, cells.stream().mapToDouble(value).min().orElse(1))));
        double highDecade = Math.ceil(Math.log10(Math.max(10, cells.stream().mapToDouble(value).max().orElse(10))));
        ToDoubleFunction<Double> height = v -> log
                ? PANEL_H * (Math.log10(Math.max(v, 1)) - lowDecade) / (highDecade - lowDecade)
                : PANEL_H * v / maxY;
        int y0 = TOP + PANEL_H;
        s.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" font-weight=\"bold\">%s</text>%n", x0,
                TOP - 12, title));
        s.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\" fill=\"none\""
                + " stroke=\"#444\"/>%n", x0, TOP, PANEL_W, PANEL_H));
        int ticks = log ? (int) (highDecade - lowDecade) : 5;
        for (int i = 0; i <= ticks; i++) {
            double v = log ? Math.pow(10, lowDecade + i) : maxY * i / 5;
            double y = y0 - height.applyAsDouble(v);
            s.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%.1f\" x2=\"%d\" y2=\"%.1f\" stroke=\"#ddd\"/>%n",
                    x0, y, x0 + PANEL_W, y));
            s.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%.1f\" text-anchor=\"end\">%,.0f</text>%n",
                    x0 - 6, y + 4, v));
        }
        for (int clients = (int) minX; clients <= maxX; clients += 30) {
            double x = x0 + PANEL_W * (clients - minX) / (maxX - minX);
            s.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%d\" text-anchor=\"middle\">%d</text>%n",
                    x, y0 + 18, clients));
        }
        s.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" text-anchor=\"middle\">clients</text>%n",
                x0 + PANEL_W / 2, y0 + 36));
        for (Algorithm a : Algorithm.values()) {
            StringBuilder points = new StringBuilder();
            for (Cell c : cells) {
                if (c.algorithm() == a) {
                    double x = x0 + PANEL_W * (c.clients() - minX) / (maxX - minX);
                    double y = y0 - height.applyAsDouble(value.applyAsDouble(c));
                    points.append(String.format(Locale.ROOT, "%.1f,%.1f ", x, y));
                }
            }
            s.append(String.format(Locale.ROOT, "<polyline fill=\"none\" stroke=\"%s\" stroke-width=\"2\"%s"
                    + " points=\"%s\"/>%n", COLORS[a.ordinal()], dash(a), points.toString().trim()));
        }
    }

    /** 1, 2 or 5 times a power of ten, at or above {@code v}. */
    static double niceCeiling(double v) {
        double power = Math.pow(10, Math.floor(Math.log10(v)));
        for (double m : new double[] {1, 2, 2.5, 5, 10}) {
            if (m * power >= v) {
                return m * power;
            }
        }
        return 10 * power;
    }
}
