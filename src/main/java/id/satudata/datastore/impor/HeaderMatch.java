package id.satudata.datastore.impor;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import id.satudata.datastore.ColumnSpec;
import id.satudata.datastore.ImportIssue;

/**
 * Matches a file's header to the schema: by column name, by label, or by an explicit mapping
 * (for renamed columns). Order does not matter; a missing, unknown or repeated column is an issue.
 */
final class HeaderMatch {

	/** Index in the file of each schema column (same order as the schema), and the issues found. */
	record Result(int[] positionOf, List<ImportIssue> issues) {

		boolean ok() {
			return issues.isEmpty();
		}

	}

	static final java.util.Set<String> RUNNING_NUMBER = java.util.Set.of("no", "nomor", "no_urut", "nomor_urut");

	private HeaderMatch() {
	}

	/**
	 * A header flattened from a merged multi-row header ("Jumlah Penduduk Laki-laki") matches the column
	 * its last part names ({@code laki_laki}); the longest such column, when only one is that long.
	 */
	static ColumnSpec bySuffix(String normalized, Map<String, ColumnSpec> byName, Map<String, ColumnSpec> byLabel) {
		ColumnSpec best = null;
		int bestLength = 0;
		boolean tie = false;
		for (Map<String, ColumnSpec> m : List.of(byName, byLabel)) {
			for (Map.Entry<String, ColumnSpec> e : m.entrySet()) {
				String key = e.getKey();
				if (normalized.endsWith("_" + key)) {
					if (key.length() > bestLength) {
						best = e.getValue();
						bestLength = key.length();
						tie = false;
					}
					else if (key.length() == bestLength && best != e.getValue()) {
						tie = true;
					}
				}
			}
		}
		return tie ? null : best;
	}

	static Result match(List<String> headers, List<ColumnSpec> schema, Map<String, String> mapping) {
		Map<String, ColumnSpec> byName = new HashMap<>();
		Map<String, ColumnSpec> byLabel = new HashMap<>();
		for (ColumnSpec c : schema) {
			byName.put(c.name(), c);
			byLabel.put(ColumnSpec.normalizeName(c.label()), c);
		}
		int[] position = new int[schema.size()];
		java.util.Arrays.fill(position, -1);
		List<ImportIssue> issues = new ArrayList<>();
		for (int i = 0; i < headers.size(); i++) {
			String header = headers.get(i);
			String normalized = ColumnSpec.normalizeName(header);
			ColumnSpec column = mapping.containsKey(header) ? byName.get(mapping.get(header))
					: byName.getOrDefault(normalized, byLabel.get(normalized));
			if (column == null && !mapping.containsKey(header)) {
				column = bySuffix(normalized, byName, byLabel);
			}
			if (column == null && !mapping.containsKey(header) && RUNNING_NUMBER.contains(normalized)) {
				// the "No" column of a report table: not data
				continue;
			}
			if (header.isBlank()) {
				issues.add(ImportIssue.error(1, "#" + (i + 1), null, "header", "datastore.galat.headerKosong", i + 1));
				continue;
			}
			if (column == null) {
				issues.add(ImportIssue.error(1, header, header, "header", "datastore.galat.kolomTidakDikenal", header,
						schema.stream().map(ColumnSpec::name).collect(Collectors.joining(", "))));
				continue;
			}
			int index = schema.indexOf(column);
			if (position[index] >= 0) {
				issues.add(ImportIssue.error(1, header, header, "header", "datastore.galat.kolomGanda", header,
						column.name()));
				continue;
			}
			position[index] = i;
		}
		for (int k = 0; k < schema.size(); k++) {
			if (position[k] < 0) {
				issues.add(ImportIssue.error(1, schema.get(k).name(), null, "header", "datastore.galat.kolomHilang",
						schema.get(k).name(), schema.get(k).label()));
			}
		}
		return new Result(position, issues);
	}

}
