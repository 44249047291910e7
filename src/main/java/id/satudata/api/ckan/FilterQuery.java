package id.satudata.api.ckan;

import java.util.ArrayList;
import java.util.List;

import org.springframework.http.HttpStatus;

/**
 * The part of Solr's query syntax CKAN clients send in {@code fq} (and sometimes in {@code q}):
 * {@code organization:dinkes-19 +tags:"jenis kelamin" groups:(a OR b)}. Terms are ANDed (also two
 * terms on one field: {@code tags:a tags:b} needs both); values in parentheses are ORed. Anything else in {@code fq} is refused with a Search Query
 * Error instead of being silently ignored.
 */
record FilterQuery(List<Term> terms, String text) {

	/** One {@code field:value} or {@code field:(a OR b)} term: a dataset matches if it has any of the values. */
	record Term(String field, List<String> values) {
	}


	static FilterQuery parse(String input, boolean allowText) {
		List<Term> terms = new ArrayList<>();
		StringBuilder text = new StringBuilder();
		String s = input == null ? "" : input.strip();
		int i = 0;
		while (i < s.length()) {
			while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
				i++;
			}
			if (i >= s.length()) {
				break;
			}
			int start = i;
			if (s.charAt(i) == '+') {
				i++;
				start = i;
			}
			// a field name followed by ':'
			int j = i;
			while (j < s.length() && (Character.isLetterOrDigit(s.charAt(j)) || s.charAt(j) == '_' || s.charAt(j) == '.')) {
				j++;
			}
			if (j < s.length() && j > i && s.charAt(j) == ':') {
				String field = s.substring(i, j);
				i = j + 1;
				List<String> values = new ArrayList<>();
				if (i < s.length() && s.charAt(i) == '(') {
					int close = s.indexOf(')', i);
					if (close < 0) {
						throw invalid(input);
					}
					for (String part : s.substring(i + 1, close).split("\\s+OR\\s+|\\s+")) {
						String v = unquote(part.strip());
						if (!v.isEmpty() && !v.equals("OR")) {
							values.add(v);
						}
					}
					i = close + 1;
				}
				else if (i < s.length() && s.charAt(i) == '"') {
					int close = s.indexOf('"', i + 1);
					if (close < 0) {
						throw invalid(input);
					}
					values.add(s.substring(i + 1, close));
					i = close + 1;
				}
				else {
					int end = i;
					while (end < s.length() && !Character.isWhitespace(s.charAt(end))) {
						end++;
					}
					values.add(s.substring(i, end));
					i = end;
				}
				if ("*".equals(field) && values.equals(List.of("*"))) {
					continue;
				}
				if (values.isEmpty() || values.stream().anyMatch(String::isBlank)) {
					throw invalid(input);
				}
				terms.add(new Term(field, List.copyOf(values)));
				continue;
			}
			int end = start;
			while (end < s.length() && !Character.isWhitespace(s.charAt(end))) {
				end++;
			}
			String word = s.substring(start, end);
			i = end;
			if (word.equals("AND") || word.equals("&&")) {
				continue;
			}
			if (!allowText) {
				throw invalid(input);
			}
			text.append(text.length() == 0 ? "" : " ").append(word);
		}
		return new FilterQuery(List.copyOf(terms), text.length() == 0 ? null : text.toString());
	}

	private static String unquote(String v) {
		return v.length() >= 2 && v.startsWith("\"") && v.endsWith("\"") ? v.substring(1, v.length() - 1) : v;
	}

	private static CkanException invalid(String input) {
		return new CkanException(HttpStatus.BAD_REQUEST, CkanException.SEARCH_QUERY,
				"Search Query is invalid: " + input);
	}

}
