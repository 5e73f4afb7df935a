package dev.backoff.benchmarks.startup;

import java.util.Arrays;
import java.util.List;

/** The few statistics of {@link StartupRun}. */
final class Stats {

    private Stats() {
    }

    static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }

    static double min(double[] values) {
        return Arrays.stream(values).min().orElseThrow();
    }

    static double max(double[] values) {
        return Arrays.stream(values).max().orElseThrow();
    }

    /** The least-squares slope of {@code y} over {@code x}. */
    static double slope(List<Integer> x, double[] y) {
        double meanX = x.stream().mapToDouble(Integer::doubleValue).average().orElseThrow();
        double meanY = Arrays.stream(y).average().orElseThrow();
        double covariance = 0;
        double variance = 0;
        for (int i = 0; i < y.length; i++) {
            covariance += (x.get(i) - meanX) * (y[i] - meanY);
            variance += (x.get(i) - meanX) * (x.get(i) - meanX);
        }
        return covariance / variance;
    }
}
