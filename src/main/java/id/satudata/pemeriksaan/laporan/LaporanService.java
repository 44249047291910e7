package id.satudata.pemeriksaan.laporan;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.springframework.stereotype.Component;

import id.satudata.datastore.ColumnSpec;
import id.satudata.datastore.ColumnType;
import id.satudata.datastore.Datastore;
import id.satudata.datastore.Query;
import id.satudata.datastore.QueryResult;
import id.satudata.datastore.TableDiff;
import id.satudata.datastore.TableRef;
import id.satudata.katalog.DatasetDetail;
import id.satudata.katalog.Katalog;
import id.satudata.katalog.RilisView;
import id.satudata.katalog.StatusRilis;
import id.satudata.katalog.TabelRilis;
import id.satudata.pemeriksaan.HalamanTemuan;
import id.satudata.pemeriksaan.HalamanTemuan.Temuan;
import id.satudata.pemeriksaan.LaporanPengajuan;
import id.satudata.pemeriksaan.Pemeriksaan;
import id.satudata.pemeriksaan.PengajuanView;
import id.satudata.shared.web.NotFoundException;
import id.satudata.shared.storage.FileStore;
import id.satudata.shared.tabular.ReadOptions;
import id.satudata.shared.tabular.RowHandler;
import id.satudata.shared.tabular.SpreadsheetSafe;
import id.satudata.shared.tabular.TabularFiles;
import id.satudata.shared.web.Messages;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * A version's validation report: pages of issues read from the stored issue table (a report of
 * 100,000 problems is paged from disk, never loaded whole), and the XLSX download — the uploaded
 * data with every bad cell highlighted (red: error, yellow: warning) and the problems of each row
 * beside it, plus a sheet listing every problem — written as a stream.
 */
@Component
class LaporanService implements LaporanPengajuan {

	static final int HALAMAN = 50;
	private static final int BATCH = 20_000;
	private static final TypeReference<List<Object>> ARGS = new TypeReference<>() {
	};
	private static final TypeReference<Map<String, Object>> OPSI = new TypeReference<>() {
	};

	private final Pemeriksaan pemeriksaan;
	private final Katalog katalog;
	private final Datastore datastore;
	private final FileStore fileStore;
	private final Messages messages;
	private final JsonMapper json;

	LaporanService(Pemeriksaan pemeriksaan, Katalog katalog, Datastore datastore, FileStore fileStore, Messages messages,
			JsonMapper json) {
		this.pemeriksaan = pemeriksaan;
		this.katalog = katalog;
		this.datastore = datastore;
		this.fileStore = fileStore;
		this.messages = messages;
		this.json = json;
	}

	private PengajuanView pengajuan(long id) {
		return pemeriksaan.pengajuan(id).orElseThrow(NotFoundException::new);
	}

	private static PengajuanView.Versi versi(PengajuanView p, int nomor) {
		return p.versi().stream().filter(v -> v.nomor() == nomor).findFirst().orElseThrow(NotFoundException::new);
	}

	@Override
	public HalamanTemuan halaman(long pengajuanId, int nomorVersi, String aturan, String tingkat, int nomor) {
		PengajuanView.Versi v = versi(pengajuan(pengajuanId), nomorVersi);
		if (v.temuanKey() == null) {
			return new HalamanTemuan(List.of(), 0, 0, 0);
		}
		Map<String, List<Object>> filters = new HashMap<>();
		if (aturan != null && !aturan.isBlank()) {
			filters.put("aturan", List.of(aturan));
		}
		if (tingkat != null && !tingkat.isBlank()) {
			filters.put("tingkat", List.of(tingkat));
		}
		int page = Math.max(nomor, 0);
		QueryResult r = datastore.search(table(v), new Query(filters, Map.of(), null, List.of("baris", "kolom"), List.of(),
				false, HALAMAN, (long) page * HALAMAN, true));
		long total = r.total() == null ? 0 : r.total();
		return new HalamanTemuan(r.records().stream().map(this::temuan).toList(), total, page,
				(int) Math.max(1, (total + HALAMAN - 1) / HALAMAN));
	}

	private Temuan temuan(Map<String, Object> rec) {
		List<Object> args = json.readValue(String.valueOf(rec.get("argumen")), ARGS);
		String pesan = messages.get(String.valueOf(rec.get("pesan")), args.toArray());
		return new Temuan(((Number) rec.get("baris")).longValue(), (String) rec.get("kolom"), (String) rec.get("nilai"),
				(String) rec.get("aturan"), pesan, "GALAT".equals(rec.get("tingkat")));
	}

	/** The stored issue table of an upload (the datastore's issue columns). */
	private static TableRef table(PengajuanView.Versi v) {
		return new TableRef(v.temuanKey(), List.of(ColumnSpec.of("baris", "baris", ColumnType.BILANGAN_BULAT),
				ColumnSpec.of("kolom", "kolom", ColumnType.TEKS), ColumnSpec.of("nilai", "nilai", ColumnType.TEKS),
				ColumnSpec.of("aturan", "aturan", ColumnType.TEKS), ColumnSpec.of("pesan", "pesan", ColumnType.TEKS),
				ColumnSpec.of("argumen", "argumen", ColumnType.TEKS), ColumnSpec.of("tingkat", "tingkat", ColumnType.TEKS)),
				v.temuanDisimpan());
	}

	/** Every problem of the upload (read in batches). */
	private List<Temuan> semua(PengajuanView.Versi v) {
		List<Temuan> all = new ArrayList<>();
		if (v.temuanKey() == null) {
			return all;
		}
		for (long offset = 0;; offset += BATCH) {
			QueryResult r = datastore.search(table(v), new Query(Map.of(), Map.of(), null, List.of("baris", "kolom"),
					List.of(), false, BATCH, offset, false));
			r.records().forEach(rec -> all.add(temuan(rec)));
			if (r.records().size() < BATCH) {
				return all;
			}
		}
	}

	@Override
	public void xlsx(long pengajuanId, int nomorVersi, OutputStream out) throws IOException {
		PengajuanView p = pengajuan(pengajuanId);
		PengajuanView.Versi v = versi(p, nomorVersi);
		List<ColumnSpec> schema = katalog.dataset(String.valueOf(p.datasetId())).map(DatasetDetail::kolom).orElse(List.of());
		Map<String, Object> opsi = v.opsiImpor() == null ? Map.of() : json.readValue(v.opsiImpor(), OPSI);
		String sheet = opsi.get("sheet") instanceof String x && !x.isBlank() ? x : null;
		@SuppressWarnings("unchecked")
		Map<String, String> pemetaan = opsi.get("pemetaan") instanceof Map<?, ?> m ? (Map<String, String>) m : Map.of();
		List<Temuan> temuan = semua(v);
		Map<Long, List<Temuan>> perBaris = new HashMap<>();
		temuan.forEach(t -> perBaris.computeIfAbsent(t.baris(), k -> new ArrayList<>()).add(t));
		try (SXSSFWorkbook wb = new SXSSFWorkbook(200)) {
			CellStyle bold = wb.createCellStyle();
			Font f = wb.createFont();
			f.setBold(true);
			bold.setFont(f);
			CellStyle merah = fill(wb, IndexedColors.ROSE);
			CellStyle kuning = fill(wb, IndexedColors.LIGHT_YELLOW);
			SXSSFSheet data = wb.createSheet(messages.get("pengumpulan.laporan.lembarData"));
			SXSSFSheet daftar = wb.createSheet(messages.get("pengumpulan.laporan.lembarTemuan"));
			Path file = v.berkasKey() == null ? null : fileStore.localPath(v.berkasKey());
			if (file != null) {
				ReadOptions read = ReadOptions.detect().withSheet(sheet);
				TabularFiles.read(file, read, new RowHandler() {
					Map<String, Integer> indexOf = Map.of();
					int rowIndex;
					int width;

					@Override
					public void header(List<String> names) {
						width = names.size();
						indexOf = columnIndexes(names, schema, pemetaan);
						Row r = data.createRow(rowIndex++);
						r.createCell(0).setCellValue(messages.get("pengumpulan.laporan.baris"));
						r.getCell(0).setCellStyle(bold);
						for (int i = 0; i < names.size(); i++) {
							Cell c = r.createCell(i + 1);
							c.setCellValue(SpreadsheetSafe.text(names.get(i)));
							c.setCellStyle(bold);
						}
						Cell m = r.createCell(names.size() + 1);
						m.setCellValue(messages.get("pengumpulan.laporan.masalah"));
						m.setCellStyle(bold);
					}

					@Override
					public void row(long rowNumber, String[] values) {
						Row r = data.createRow(rowIndex++);
						r.createCell(0).setCellValue(rowNumber);
						List<Temuan> here = perBaris.getOrDefault(rowNumber, List.of());
						for (int i = 0; i < values.length; i++) {
							r.createCell(i + 1).setCellValue(SpreadsheetSafe.text(values[i]));
						}
						StringBuilder problems = new StringBuilder();
						for (Temuan t : here) {
							Integer idx = t.kolom() == null ? null : indexOf.get(t.kolom());
							if (idx != null) {
								Cell c = r.getCell(idx + 1) == null ? r.createCell(idx + 1) : r.getCell(idx + 1);
								if (t.galat() || c.getCellStyle() != merah) {
									c.setCellStyle(t.galat() ? merah : kuning);
								}
							}
							problems.append(problems.isEmpty() ? "" : "; ").append(t.pesan());
						}
						if (!problems.isEmpty()) {
							r.createCell(Math.max(width, values.length) + 1).setCellValue(problems.toString());
						}
					}
				});
			}
			Row h = daftar.createRow(0);
			String[] heads = { "pengumpulan.laporan.baris", "pengumpulan.laporan.kolom", "pengumpulan.laporan.nilai",
					"pengumpulan.laporan.aturan", "pengumpulan.laporan.tingkat", "pengumpulan.laporan.masalah" };
			for (int i = 0; i < heads.length; i++) {
				Cell c = h.createCell(i);
				c.setCellValue(messages.get(heads[i]));
				c.setCellStyle(bold);
			}
			int n = 1;
			for (Temuan t : temuan) {
				Row r = daftar.createRow(n++);
				r.createCell(0).setCellValue(t.baris());
				r.createCell(1).setCellValue(t.kolom() == null ? "" : t.kolom());
				r.createCell(2).setCellValue(SpreadsheetSafe.text(t.nilai() == null ? "" : t.nilai()));
				r.createCell(3).setCellValue(messages.label("aturan." + t.aturan(), t.aturan()));
				r.createCell(4).setCellValue(messages.get(t.galat() ? "pengumpulan.laporan.galat" : "pengumpulan.laporan.peringatan"));
				r.createCell(5).setCellValue(t.pesan());
			}
			wb.write(out);
			wb.dispose();
		}
	}

	/** Which file column each schema column came from: by name as the import matches it, or by the mapping. */
	static Map<String, Integer> columnIndexes(List<String> headers, List<ColumnSpec> schema, Map<String, String> mapping) {
		Map<String, Integer> out = new LinkedHashMap<>();
		for (int i = 0; i < headers.size(); i++) {
			String h = headers.get(i);
			String target = mapping.containsKey(h) ? mapping.get(h) : ColumnSpec.normalizeName(h);
			for (ColumnSpec c : schema) {
				if (c.name().equals(target) || ColumnSpec.normalizeName(c.label()).equals(target)) {
					out.putIfAbsent(c.name(), i);
				}
			}
		}
		return out;
	}

	@Override
	public Optional<Perbedaan> perbedaan(long pengajuanId, int samples) {
		PengajuanView p = pengajuan(pengajuanId);
		Optional<PengajuanView.Versi> now = p.versi().stream().filter(v -> v.rilisUuid() != null)
			.reduce((a, b) -> b);
		if (now.isEmpty()) {
			return Optional.empty();
		}
		Optional<TabelRilis> current = katalog.tabel(now.get().rilisUuid());
		DatasetDetail d = katalog.dataset(String.valueOf(p.datasetId())).orElse(null);
		if (current.isEmpty() || d == null) {
			return Optional.empty();
		}
		List<String> keys = d.kolom().stream().filter(ColumnSpec::key).map(ColumnSpec::name).toList();
		List<RilisView> published = d.rilis().stream().filter(r -> r.status() == StatusRilis.TERBIT).toList();
		Optional<RilisView> samePeriod = published.stream().filter(r -> r.periode().equals(p.periode())).findFirst();
		if (samePeriod.isPresent()) {
			return compare(samePeriod.get(), current.get().tabel(), keys, "rilisPeriodeSama", samples);
		}
		if (!published.isEmpty()) {
			// another period: match rows on the coded keys (the region), not on the period
			List<String> coded = d.kolom().stream().filter(c -> c.key() && c.codeList() != null).map(ColumnSpec::name)
				.toList();
			return compare(published.get(0), current.get().tabel(), coded.isEmpty() ? keys : coded, "rilisTerakhir",
					samples);
		}
		Optional<PengajuanView.Versi> before = p.versi().stream()
			.filter(v -> v.rilisUuid() != null && v.nomor() < now.get().nomor()).reduce((a, b) -> b);
		return before.flatMap(b -> katalog.tabel(b.rilisUuid())).map(t -> new Perbedaan("versiSebelumnya",
				p.periode(), datastore.diff(t.tabel(), current.get().tabel(), keys, samples)));
	}

	private Optional<Perbedaan> compare(RilisView r, TableRef now, List<String> keys, String what, int samples) {
		return katalog.tabel(r.uuid()).map(t -> new Perbedaan(what, r.periode(), datastore.diff(t.tabel(), now, keys, samples)));
	}

	private static CellStyle fill(SXSSFWorkbook wb, IndexedColors color) {
		CellStyle s = wb.createCellStyle();
		s.setFillForegroundColor(color.getIndex());
		s.setFillPattern(FillPatternType.SOLID_FOREGROUND);
		return s;
	}

}
