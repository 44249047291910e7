package id.satudata.referensi.kode;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import id.satudata.shared.audit.Audit;
import id.satudata.shared.kalender.KalenderProperties;
import id.satudata.shared.security.CurrentUser;
import id.satudata.shared.tabular.TableWriter;

/**
 * A code list's files: a CSV/XLSX import applied all or nothing as a new version (codes no longer
 * listed are retired when the file replaces the list), and the export of the list.
 */
@Service
@Transactional(readOnly = true)
class ImporEksporKode {

	private final KodeReferensiService service;
	private final KodeItemStore items;
	private final KodeImporter importer;
	private final CurrentUser currentUser;
	private final Audit audit;
	private final Clock clock;
	private final KalenderProperties kalender;

	ImporEksporKode(KodeReferensiService service, KodeItemStore items, KodeImporter importer, CurrentUser currentUser,
			Audit audit, Clock clock, KalenderProperties kalender) {
		this.service = service;
		this.items = items;
		this.importer = importer;
		this.currentUser = currentUser;
		this.audit = audit;
		this.clock = clock;
		this.kalender = kalender;
	}

	@Transactional
	ImportOutcome imporBerkas(String slug, Path file, ImportMode mode, String catatan) {
		DaftarKode daftar = service.daftar(slug);
		service.requireManage(daftar);
		return terapkan(daftar, file, mode, catatan, currentUser.actorName());
	}

	/** Imports as the system (first load of a shipped list); no user check. */
	@Transactional
	ImportOutcome imporOlehSistem(DaftarKode daftar, Path file, String catatan) {
		return terapkan(daftar, file, ImportMode.GABUNG, catatan, "sistem");
	}

	/** Imports on behalf of another module that has authorized the change ({@link PublikasiKodeReferensi}). */
	@Transactional
	ImportOutcome imporAtasNama(DaftarKode daftar, Path file, ImportMode mode, String catatan, String actor) {
		return terapkan(daftar, file, mode, catatan, actor);
	}

	private ImportOutcome terapkan(DaftarKode daftar, Path file, ImportMode mode, String catatan, String actor) {
		Map<String, KodeItem> existing = items.all(daftar.getId());
		KodeImporter.Result result = importer.read(file, existing, mode);
		if (!result.ok()) {
			return ImportOutcome.rejected(result);
		}
		List<KodeRow> inserts = new ArrayList<>();
		List<Map.Entry<Long, KodeRow>> updates = new ArrayList<>();
		Set<String> inFile = new HashSet<>();
		int reactivated = 0;
		for (KodeRow row : result.rows()) {
			inFile.add(row.kode());
			KodeItem current = existing.get(row.kode());
			if (current == null) {
				inserts.add(row);
			}
			else if (current.differsFrom(row)) {
				updates.add(new AbstractMap.SimpleEntry<>(current.id(), row));
				if (!current.aktif()) {
					reactivated++;
				}
			}
		}
		List<Long> retire = new ArrayList<>();
		if (mode == ImportMode.GANTI) {
			existing.values().stream().filter(i -> i.aktif() && !inFile.contains(i.kode())).map(KodeItem::id)
				.forEach(retire::add);
		}
		if (inserts.isEmpty() && updates.isEmpty() && retire.isEmpty()) {
			return new ImportOutcome(true, List.of(), 0, result.rows().size(), daftar.getVersi(), 0, 0, 0,
					result.summary());
		}
		long activeAfter = existing.values().stream().filter(KodeItem::aktif).count() + inserts.size() + reactivated
				- retire.size();
		int versi = daftar.naikVersi((int) activeAfter, result.atributNames(), clock.instant());
		items.insert(daftar.getId(), inserts, versi);
		items.update(updates, versi);
		items.retire(retire, LocalDate.now(clock.withZone(kalender.zone())), versi);
		String note = catatan == null || catatan.isBlank() ? "Impor berkas" : catatan.strip();
		service.catatVersi(daftar, versi, note, inserts.size(), updates.size(), retire.size(), actor);
		audit.recordAs(actor, "kodeReferensi.diimpor", "KodeReferensi", daftar.getSlug(),
				"Versi " + versi + ": " + inserts.size() + " ditambah, " + updates.size() + " diubah, " + retire.size()
						+ " dipensiunkan (" + mode + ")");
		return new ImportOutcome(true, List.of(), 0, result.rows().size(), versi, inserts.size(), updates.size(),
				retire.size(), result.summary());
	}

	void export(DaftarKode daftar, TableWriter writer, boolean withRetired) throws IOException {
		List<String> atribut = daftar.getAtributKolom();
		List<String> header = new ArrayList<>(List.of(KodeImporter.KOLOM_KODE, KodeImporter.KOLOM_NAMA,
				KodeImporter.KOLOM_INDUK, KodeImporter.KOLOM_TINGKAT, KodeImporter.KOLOM_MULAI,
				KodeImporter.KOLOM_SAMPAI));
		header.addAll(atribut);
		writer.header(header);
		items.forEach(daftar.getId(), withRetired, item -> {
			List<Object> row = new ArrayList<>(List.of(item.kode(), item.nama(), nz(item.kodeInduk()), nz(item.tingkat()),
					item.berlakuMulai() == null ? "" : item.berlakuMulai().toString(),
					item.berlakuSampai() == null ? "" : item.berlakuSampai().toString()));
			for (String a : atribut) {
				row.add(item.atribut().getOrDefault(a, ""));
			}
			writer.row(row);
		});
	}

	void exportTo(DaftarKode daftar, OutputStream out, boolean xlsx, boolean withRetired) throws IOException {
		try (TableWriter writer = xlsx ? TableWriter.xlsx(out, daftar.getSlug()) : TableWriter.csv(out)) {
			export(daftar, writer, withRetired);
		}
	}

	private static String nz(String s) {
		return s == null ? "" : s;
	}

}
