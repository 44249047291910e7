package id.satudata.datastore.impor;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import id.satudata.datastore.ImportIssue;
import id.satudata.datastore.Severity;

/** Issues being collected: exact counts, a bounded sample per rule. */
final class Issues {

	record Unlocated(long idx, ImportIssue issue) {
	}

	final int perRule;
	final Map<String, Long> counts = new LinkedHashMap<>();
	final List<ImportIssue> located = new ArrayList<>();
	final List<Unlocated> unlocated = new ArrayList<>();
	final Set<Long> rejectedLines = new HashSet<>();
	private final Map<String, Integer> kept = new HashMap<>();
	long errors;
	long warnings;

	Issues(int perRule) {
		this.perRule = perRule;
	}

	void count(String rule, Severity severity, long n) {
		counts.merge(rule + "/" + severity, n, Long::sum);
		if (severity == Severity.GALAT) {
			errors += n;
		}
		else {
			warnings += n;
		}
	}

	void addLocated(ImportIssue issue) {
		count(issue.rule(), issue.severity(), 1);
		rejectedLines.add(issue.row());
		keep(issue);
	}

	void addUnlocated(long idx, ImportIssue issue) {
		unlocated.add(new Unlocated(idx, issue));
	}

	/** An issue of the whole table (no row), already counted. */
	void addWhole(ImportIssue issue) {
		keep(issue);
	}

	private void keep(ImportIssue issue) {
		if (kept.merge(issue.rule(), 1, Integer::sum) <= perRule) {
			located.add(issue);
		}
	}

	List<ImportIssue> sorted() {
		List<ImportIssue> all = new ArrayList<>(located);
		all.sort(Comparator.comparingLong(ImportIssue::row).thenComparing(i -> i.column() == null ? "" : i.column()));
		return all;
	}

}
