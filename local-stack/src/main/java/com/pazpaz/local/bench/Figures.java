package com.pazpaz.local.bench;

import java.util.Arrays;
import java.util.List;
import java.util.function.ToDoubleFunction;

/** Median and spread over repeated rounds, formatted for the report. */
final class Figures {

    private Figures() {}

    static double median(List<LoadResult> rounds, ToDoubleFunction<LoadResult> figure) {
        double[] values = rounds.stream().mapToDouble(figure).sorted().toArray();
        return values[values.length / 2];
    }

    /** "median (min–max)". */
    static String spread(List<LoadResult> rounds, ToDoubleFunction<LoadResult> figure, String format) {
        double[] values = rounds.stream().mapToDouble(figure).sorted().toArray();
        return String.format(format, values[values.length / 2]) + " (" + String.format(format, values[0]) + "–"
                + String.format(format, values[values.length - 1]) + ")";
    }

    static String percent(double part, double whole) {
        return whole <= 0 ? "n/a" : String.format("%.0f %%", 100 * part / whole);
    }

    static double medianOf(double... values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}
