package dev.modelbench.train.tests.benchmark;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/** A benchmark table cell over runs with different seeds: the mean, ± the standard deviation when there are several. */
final class RunSummary {

	private RunSummary() {
	}

	static String of(List<Map<String, Double>> runs, String key, String format) {
		double mean = runs.stream().mapToDouble(run -> run.get(key)).average().orElse(Double.NaN);
		if (runs.size() == 1) {
			return String.format(Locale.ROOT, format, mean);
		}
		double variance = runs.stream().mapToDouble(run -> Math.pow(run.get(key) - mean, 2)).sum() / (runs.size() - 1);
		return String.format(Locale.ROOT, format + " ± " + format, mean, Math.sqrt(variance));
	}
}
