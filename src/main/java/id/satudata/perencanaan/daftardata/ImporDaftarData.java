package id.satudata.perencanaan.daftardata;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import id.satudata.katalog.Akses;
import id.satudata.katalog.Frekuensi;
import id.satudata.katalog.JenisData;
import id.satudata.katalog.PeriodeRilis;
import id.satudata.organisasi.JenisUnit;
import id.satudata.organisasi.OrganisasiDirectory;
import id.satudata.organisasi.UnitRef;
import id.satudata.perencanaan.internal.AksesPerencanaan;
import id.satudata.perencanaan.internal.Label;
import id.satudata.referensi.KodeReferensiLookup;
import id.satudata.referensi.KodeView;
import id.satudata.shared.audit.Audit;
import id.satudata.shared.tabular.ReadOptions;
import id.satudata.shared.tabular.RowHandler;
import id.satudata.shared.tabular.TabularFiles;
import id.satudata.shared.web.InvalidFieldException;

/**
 * Imports Daftar Data entries from a spreadsheet (XLSX, or CSV) as drafts of a list: every row is
 * checked (required columns, producer, kind, frequency, access, topic, release dates, lengths)
 * and nothing is saved unless every row passes; the report names each bad row and column. The
 * columns are those of the export ({@link EksporDaftarData}); a row of an exported file that still
 * carries its {@code id} is refused, so a list is never doubled by re-importing it.
 */
@Service
class ImporDaftarData {

	static final int MAKS_BARIS = 2000;
	static final int MAKS_GALAT = 500;

	static final String JUDUL = "judul";
	static final String DESKRIPSI = "deskripsi";
	static final String PRODUSEN = "produsen";
	static final String JENIS = "jenis_data";
	static final String PEMBINA = "pembina_data";
	static final String FREKUENSI = "frekuensi";
	static final String JADWAL = "jadwal_rilis";
	static final String AKSES = "akses";
	static final String USULAN = "usulan_prioritas";
	static final String TOPIK = "topik";
	static final String STANDAR = "standar_data";
	static final String DASAR = "dasar_hukum";
	static final String CATATAN = "catatan";
	static final String ID = "id";
	static final Set<String> DIABAIKAN = Set.of("no", "status", "prioritas", "dataset", "tahun", "organisasi");
	static final List<String> KOLOM = List.of(JUDUL, DESKRIPSI, PRODUSEN, JENIS, PEMBINA, FREKUENSI, JADWAL, AKSES, USULAN,
			TOPIK, STANDAR, DASAR, CATATAN, ID);

	/** The outcome: how many entries were added, or the problems that stopped it. */
	record Hasil(int ditambah, List<GalatImpor> galat, long jumlahGalat) {

		boolean ok() {
			return jumlahGalat == 0;
		}

	}

	private record Baris(long nomor, EntriForm form, List<BarisJadwal> jadwal) {
	}

	private final DaftarDataService service;
	private final AksesPerencanaan akses;
	private final OrganisasiDirectory organisasi;
	private final ValidasiEntri validasi;
	private final KodeReferensiLookup kode;
	private final Validator validator;
	private final Audit audit;

	ImporDaftarData(DaftarDataService service, AksesPerencanaan akses, OrganisasiDirectory organisasi,
			ValidasiEntri validasi, KodeReferensiLookup kode, Validator validator, Audit audit) {
		this.service = service;
		this.akses = akses;
		this.organisasi = organisasi;
		this.validasi = validasi;
		this.kode = kode;
		this.validator = validator;
		this.audit = audit;
	}

	@Transactional
	Hasil impor(long daftarId, Path file) {
		DaftarData d = service.daftar(daftarId);
		long org = d.getOrganisasiId();
		if (!akses.walidata(org) && akses.unitProdusen().stream().noneMatch(u -> akses.produsen(org, u))) {
			throw new AccessDeniedException("May not import into this list");
		}
		Pembaca pembaca = new Pembaca(org, d.getTahun());
		// a file that is no table at all (TabularFileException) is refused with its reason
		TabularFiles.read(file, ReadOptions.detect().withMaxRows(MAKS_BARIS), pembaca);
		if (pembaca.headerOk && pembaca.rows.isEmpty() && pembaca.errorCount == 0) {
			pembaca.error(GalatImpor.of(2, null, null, "imporDaftar.galat.tanpaData"));
		}
		if (pembaca.errorCount > 0) {
			return new Hasil(0, pembaca.errors, pembaca.errorCount);
		}
		for (Baris b : pembaca.rows) {
			Entri e = service.usulkan(daftarId, b.form());
			if (!b.jadwal().isEmpty()) {
				service.ubahJadwal(e.getId(), b.jadwal());
			}
		}
		audit.record("daftarData.diimpor", "DaftarData", daftarId, pembaca.rows.size() + " entri dari berkas");
		return new Hasil(pembaca.rows.size(), List.of(), 0);
	}

	/** Reads and checks the rows, keeping them only if all pass. */
	private final class Pembaca implements RowHandler {

		private final long organisasiId;
		private final int tahun;
		private final List<UnitRef> produsen;
		private final List<UnitRef> pembina;
		private final List<KodeView> topik;
		private final List<Baris> rows = new ArrayList<>();
		private final List<GalatImpor> errors = new ArrayList<>();
		private final Map<String, Integer> index = new HashMap<>();
		private long errorCount;
		private boolean headerOk;

		Pembaca(long organisasiId, int tahun) {
			this.organisasiId = organisasiId;
			this.tahun = tahun;
			this.produsen = organisasi.unitBerjenis(organisasiId, JenisUnit.PRODUSEN_DATA);
			List<UnitRef> p = new ArrayList<>(organisasi.unitBerjenis(organisasiId, JenisUnit.PEMBINA_DATA_STATISTIK));
			p.addAll(organisasi.unitBerjenis(organisasiId, JenisUnit.PEMBINA_DATA_GEOSPASIAL));
			this.pembina = p;
			this.topik = kode.anak(Label.KODE_TOPIK, null);
		}

		void error(GalatImpor e) {
			errorCount++;
			if (errors.size() < MAKS_GALAT) {
				errors.add(e);
			}
		}

		@Override
		public void header(List<String> names) {
			for (int i = 0; i < names.size(); i++) {
				String n = names.get(i).strip().toLowerCase(Locale.ROOT).replaceAll("[\\s\\-/]+", "_");
				if (n.isEmpty()) {
					continue;
				}
				if (!KOLOM.contains(n) && !DIABAIKAN.contains(n)) {
					error(GalatImpor.of(1, names.get(i), names.get(i), "imporDaftar.galat.kolomTidakDikenal",
							String.join(", ", KOLOM)));
				}
				else if (index.putIfAbsent(n, i) != null) {
					error(GalatImpor.of(1, names.get(i), names.get(i), "imporDaftar.galat.headerGanda", names.get(i)));
				}
			}
			for (String wajib : List.of(JUDUL, PRODUSEN, JENIS, FREKUENSI)) {
				if (!index.containsKey(wajib)) {
					error(GalatImpor.of(1, wajib, null, "imporDaftar.galat.kolomWajib", wajib));
				}
			}
			headerOk = errorCount == 0;
		}

		@Override
		public void row(long baris, String[] values) {
			if (!headerOk) {
				return;
			}
			long before = errorCount;
			if (cell(values, ID) != null) {
				error(GalatImpor.of(baris, ID, cell(values, ID), "imporDaftar.galat.adaId"));
				return;
			}
			EntriForm f = new EntriForm();
			f.setJudul(cell(values, JUDUL));
			f.setDeskripsi(cell(values, DESKRIPSI));
			f.setStandarData(cell(values, STANDAR));
			f.setDasarHukum(cell(values, DASAR));
			f.setCatatan(cell(values, CATATAN));
			unit(baris, values, PRODUSEN, produsen, true).ifPresent(u -> f.setProdusenUnitId(u.id()));
			unit(baris, values, PEMBINA, pembina, false).ifPresent(u -> f.setPembinaUnitId(u.id()));
			f.setJenisData(pilih(baris, values, JENIS, JenisData.class, JenisData.STATISTIK, true));
			f.setFrekuensi(frekuensi(baris, values));
			f.setAkses(pilih(baris, values, AKSES, Akses.class, Akses.TERBUKA, false));
			f.setUsulanPrioritas(yaTidak(baris, values));
			f.setTopik(topik(baris, values));
			for (ConstraintViolation<EntriForm> v : validator.validate(f)) {
				String field = v.getPropertyPath().toString();
				String col = switch (field) {
					case "judul" -> JUDUL;
					case "deskripsi" -> DESKRIPSI;
					case "standarData" -> STANDAR;
					case "dasarHukum" -> DASAR;
					case "catatan" -> CATATAN;
					case "produsenUnitId" -> PRODUSEN;
					case "jenisData" -> JENIS;
					case "frekuensi" -> FREKUENSI;
					default -> field;
				};
				if (errorCount == before || !"produsenUnitId".equals(field) && !"frekuensi".equals(field)
						&& !"jenisData".equals(field)) {
					error(GalatImpor.of(baris, col, null, "imporDaftar.galat.nilai", v.getMessage()));
				}
			}
			if (f.getProdusenUnitId() != null && !akses.walidata(organisasiId)
					&& !akses.produsen(organisasiId, f.getProdusenUnitId())) {
				error(GalatImpor.of(baris, PRODUSEN, cell(values, PRODUSEN), "imporDaftar.galat.unitLain"));
			}
			List<BarisJadwal> jadwal = jadwal(baris, values);
			if (errorCount == before) {
				try {
					validasi.periksa(f, organisasiId);
				}
				catch (InvalidFieldException e) {
					error(GalatImpor.of(baris, null, null, e.getMessageKey(), e.getArgs()));
				}
			}
			if (errorCount == before) {
				rows.add(new Baris(baris, f, jadwal));
			}
		}

		private Optional<UnitRef> unit(long baris, String[] values, String kolom, List<UnitRef> units, boolean wajib) {
			String v = cell(values, kolom);
			if (v == null) {
				if (wajib) {
					error(GalatImpor.of(baris, kolom, null, "imporDaftar.galat.kosong", kolom));
				}
				return Optional.empty();
			}
			Optional<UnitRef> found = units.stream().filter(u -> String.valueOf(u.id()).equals(v)
					|| v.equalsIgnoreCase(u.singkatan()) || v.equalsIgnoreCase(u.nama())).findFirst();
			if (found.isEmpty()) {
				error(GalatImpor.of(baris, kolom, v, "imporDaftar.galat.unit", String.join(", ",
						units.stream().map(UnitRef::label).toList())));
			}
			return found;
		}

		private <E extends Enum<E>> E pilih(long baris, String[] values, String kolom, Class<E> type, E bawaan,
				boolean wajib) {
			String v = cell(values, kolom);
			if (v == null) {
				if (wajib) {
					error(GalatImpor.of(baris, kolom, null, "imporDaftar.galat.kosong", kolom));
				}
				return bawaan;
			}
			String n = v.toUpperCase(Locale.ROOT).replaceAll("[\\s\\-]+", "_");
			for (E e : type.getEnumConstants()) {
				if (e.name().equals(n)) {
					return e;
				}
			}
			error(GalatImpor.of(baris, kolom, v, "imporDaftar.galat.pilihan", String.join(", ",
					java.util.Arrays.stream(type.getEnumConstants()).map(Enum::name).toList())));
			return bawaan;
		}

		private Frekuensi frekuensi(long baris, String[] values) {
			String v = cell(values, FREKUENSI);
			if (v != null) {
				String n = v.toUpperCase(Locale.ROOT).replaceAll("[^A-Z]", "");
				if (n.equals("ADHOC") || n.startsWith("SEWAKTU")) {
					return Frekuensi.AD_HOC;
				}
				for (Frekuensi f : Frekuensi.values()) {
					if (f.name().replace("_", "").equals(n)) {
						return f;
					}
				}
			}
			return pilih(baris, values, FREKUENSI, Frekuensi.class, Frekuensi.TAHUNAN, true);
		}

		private boolean yaTidak(long baris, String[] values) {
			String v = cell(values, USULAN);
			if (v == null) {
				return false;
			}
			String n = v.toLowerCase(Locale.ROOT);
			if (Set.of("ya", "y", "yes", "true", "1").contains(n)) {
				return true;
			}
			if (!Set.of("tidak", "t", "no", "false", "0").contains(n)) {
				error(GalatImpor.of(baris, USULAN, v, "imporDaftar.galat.yaTidak"));
			}
			return false;
		}

		private String topik(long baris, String[] values) {
			String v = cell(values, TOPIK);
			if (v == null) {
				return null;
			}
			Optional<KodeView> k = topik.stream().filter(t -> t.kode().equalsIgnoreCase(v) || t.nama().equalsIgnoreCase(v))
				.findFirst();
			if (k.isEmpty()) {
				error(GalatImpor.of(baris, TOPIK, v, "entri.galat.topik", v));
				return null;
			}
			return k.get().kode();
		}

		/** "2025=2026-03-31; 2026-S1=2026-08-31" (or ':' instead of '='). */
		private List<BarisJadwal> jadwal(long baris, String[] values) {
			String v = cell(values, JADWAL);
			List<BarisJadwal> out = new ArrayList<>();
			if (v == null) {
				return out;
			}
			Set<String> seen = new java.util.HashSet<>();
			for (String part : v.split("[;\\n]")) {
				String p = part.strip();
				if (p.isEmpty()) {
					continue;
				}
				int sep = p.indexOf('=') >= 0 ? p.indexOf('=') : p.lastIndexOf(':');
				String[] kv = sep < 0 ? new String[] { p } : new String[] { p.substring(0, sep), p.substring(sep + 1) };
				Optional<PeriodeRilis> periode = kv.length == 2 ? PeriodeRilis.tryParse(kv[0]) : Optional.empty();
				LocalDate tanggal = kv.length == 2 ? id.satudata.shared.tabular.Tanggal.parse(kv[1].strip()) : null;
				if (periode.isEmpty() || tanggal == null) {
					error(GalatImpor.of(baris, JADWAL, p, "imporDaftar.galat.jadwal"));
					continue;
				}
				if (tanggal.getYear() < tahun - 1 || tanggal.getYear() > tahun + 1) {
					error(GalatImpor.of(baris, JADWAL, p, "jadwal.galat.tanggalTahun", out.size() + 1, tahun));
					continue;
				}
				if (!seen.add(periode.get().label())) {
					error(GalatImpor.of(baris, JADWAL, p, "jadwal.galat.ganda", out.size() + 1, periode.get().label()));
					continue;
				}
				out.add(new BarisJadwal(periode.get().label(), tanggal));
			}
			return out;
		}

		private String cell(String[] values, String kolom) {
			Integer i = index.get(kolom);
			if (i == null || i >= values.length) {
				return null;
			}
			String v = values[i].strip();
			return v.isEmpty() ? null : v;
		}

	}

}
