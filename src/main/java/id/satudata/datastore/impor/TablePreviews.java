package id.satudata.datastore.impor;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import id.satudata.datastore.ImportOptions;
import id.satudata.datastore.TablePreview;
import id.satudata.shared.tabular.ReadOptions;
import id.satudata.shared.tabular.RowHandler;
import id.satudata.shared.tabular.TableShaper;
import id.satudata.shared.tabular.TabularFiles;

/**
 * The first rows of a file marked as the import would take them: the same {@link TableShaper} with
 * the same choices, over the rows as written.
 */
public final class TablePreviews {

	private TablePreviews() {
	}

	/** Reading stops here once enough rows were seen. */
	private static final class Enough extends RuntimeException {

		Enough() {
			super(null, null, false, false);
		}

	}

	public static TablePreview preview(Path file, ImportOptions options, int maxRows) {
		List<Long> numbers = new ArrayList<>();
		List<String[]> rows = new ArrayList<>();
		boolean truncated = false;
		try {
			TabularFiles.read(file, ReadOptions.detect().withSheet(options.sheet()), new RowHandler() {
				private long pending = 1;

				@Override
				public void headerRow(long rowNumber) {
					pending = rowNumber;
				}

				@Override
				public void header(List<String> names) {
					add(pending, names.toArray(String[]::new));
				}

				@Override
				public void row(long rowNumber, String[] values) {
					if (rows.size() >= maxRows) {
						throw new Enough();
					}
					add(rowNumber, values);
				}

				private void add(long number, String[] values) {
					numbers.add(number);
					rows.add(values);
				}
			});
		}
		catch (Enough e) {
			truncated = true;
		}
		Set<Long> data = new HashSet<>();
		List<String> headers = new ArrayList<>();
		TableShaper shaper = new TableShaper(new RowHandler() {
			@Override
			public void header(List<String> names) {
				headers.addAll(names);
			}

			@Override
			public void row(long rowNumber, String[] values) {
				data.add(rowNumber);
			}
		}, options.table(), options.layout());
		for (int i = 0; i < rows.size(); i++) {
			if (i == 0) {
				shaper.headerRow(numbers.get(0));
				shaper.header(Arrays.asList(rows.get(0)));
			}
			else {
				shaper.row(numbers.get(i), rows.get(i));
			}
		}
		shaper.finish();
		Map<Long, TablePreview.Kind> excluded = new HashMap<>();
		shaper.excluded().forEach(e -> excluded.put(e.row(), TablePreview.Kind.valueOf(e.kind().name())));
		int width = rows.stream().mapToInt(r -> r.length).max().orElse(0);
		int headerIndex = numbers.indexOf(shaper.headerRowNumber());
		List<TablePreview.Row> out = new ArrayList<>(rows.size());
		for (int i = 0; i < rows.size(); i++) {
			long n = numbers.get(i);
			TablePreview.Kind kind = data.contains(n) ? TablePreview.Kind.DATA
					: headerIndex >= 0 && i >= headerIndex && i < headerIndex + shaper.headerRowCount()
							? TablePreview.Kind.KEPALA : excluded.getOrDefault(n, TablePreview.Kind.ABAIKAN);
			List<String> cells = new ArrayList<>(width);
			for (int c = 0; c < width; c++) {
				String v = c < rows.get(i).length ? rows.get(i)[c] : null;
				cells.add(v == null ? "" : v.strip());
			}
			out.add(new TablePreview.Row(n, kind, cells, TableShaper.label(rows.get(i))));
		}
		return new TablePreview(out, width, shaper.headerRowNumber(), shaper.headerRowCount(), headers, shaper.tables(),
				truncated);
	}

}
