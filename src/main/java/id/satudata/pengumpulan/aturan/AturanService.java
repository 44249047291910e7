package id.satudata.pengumpulan.aturan;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import id.satudata.datastore.ColumnSpec;
import id.satudata.datastore.Severity;
import id.satudata.katalog.DatasetDetail;
import id.satudata.katalog.Katalog;
import id.satudata.referensi.KodeReferensiLookup;
import id.satudata.shared.audit.Audit;
import id.satudata.shared.security.CurrentUser;
import id.satudata.shared.web.InvalidFieldException;
import id.satudata.shared.web.NotFoundException;
import tools.jackson.databind.json.JsonMapper;

/** The rules a Walidata attaches to a dataset's columns; checked, audited, never deleted (retired). */
@Service
@Transactional(readOnly = true)
public class AturanService {

	/** A rule as listed: attached by a Walidata, or built in ({@code id} null). */
	public record AturanView(Long id, JenisAturan jenis, String kolom, ParameterAturan parameter, Severity tingkat,
			boolean bawaan) {

		/** The message key of how the rule reads ({@code pengumpulan.aturan.uraian.<JENIS>}). */
		public String uraianKey() {
			return "pengumpulan.aturan.uraian." + jenis.name();
		}

		/** The arguments of {@link #uraianKey()}, as the rules page gives them. */
		public Object[] uraianArgs() {
			return switch (jenis) {
				case CAKUPAN -> new Object[] { kolom };
				case KELENGKAPAN -> new Object[] { kolom, parameter.tingkat(), String.join(", ", parameter.kelompok()) };
				case JUMLAH -> new Object[] { kolom, String.join(" + ", parameter.bagian()),
						ColumnSpec.plainText(parameter.toleransi()) };
				case BARIS_JUMLAH -> new Object[] { kolom, ColumnSpec.plainText(parameter.toleransi()) };
				case PERUBAHAN -> new Object[] { kolom, parameter.batas() == null ? ""
						: parameter.batas().movePointRight(2).stripTrailingZeros().toPlainString() };
			};
		}

	}

	/** A new rule as the Walidata's form sends it. */
	public record AturanBaru(JenisAturan jenis, String kolom, Severity tingkat, String tingkatWilayah, List<String> kelompok,
			List<String> bagian, BigDecimal toleransi, BigDecimal batas, List<String> kunci) {
	}

	private final AturanValidasiRepository repository;
	private final Katalog katalog;
	private final KodeReferensiLookup kodeReferensi;
	private final Audit audit;
	private final CurrentUser currentUser;
	private final JsonMapper json;
	private final Clock clock;

	AturanService(AturanValidasiRepository repository, Katalog katalog, KodeReferensiLookup kodeReferensi, Audit audit,
			CurrentUser currentUser, JsonMapper json, Clock clock) {
		this.repository = repository;
		this.katalog = katalog;
		this.kodeReferensi = kodeReferensi;
		this.audit = audit;
		this.currentUser = currentUser;
		this.json = json;
		this.clock = clock;
	}

	public List<AturanView> daftar(long datasetId) {
		DatasetDetail d = katalog.dataset(String.valueOf(datasetId)).orElseThrow(NotFoundException::new);
		List<AturanValidasi> attached = repository.findByDatasetIdAndAktifTrueOrderByIdAsc(datasetId);
		List<AturanView> out = new ArrayList<>();
		for (ColumnSpec c : d.kolom()) {
			boolean own = attached.stream().anyMatch(a -> a.getJenis() == JenisAturan.CAKUPAN && a.getKolom().equals(c.name()));
			if (!own && c.codeList() != null && d.cakupanWilayah() != null && !d.cakupanWilayah().isBlank()
					&& kodeReferensi.kode(c.codeList(), d.cakupanWilayah()).isPresent()) {
				out.add(new AturanView(null, JenisAturan.CAKUPAN, c.name(), ParameterAturan.KOSONG, Severity.GALAT, true));
			}
		}
		attached.forEach(a -> out.add(new AturanView(a.getId(), a.getJenis(), a.getKolom(),
				json.readValue(a.getParameterJson(), ParameterAturan.class), a.getTingkat(), false)));
		return out;
	}

	@Transactional
	public AturanView tambah(long datasetId, AturanBaru baru) {
		DatasetDetail d = kelola(datasetId);
		Map<String, ColumnSpec> cols = d.kolom().stream().collect(Collectors.toMap(ColumnSpec::name, c -> c));
		if (baru.jenis() == null) {
			throw new InvalidFieldException("jenis", "validasi.wajib");
		}
		ColumnSpec col = Optional.ofNullable(baru.kolom()).map(cols::get)
			.orElseThrow(() -> new InvalidFieldException("kolom", "pengumpulan.aturan.galat.kolom"));
		Severity tingkat = baru.tingkat() == null ? Severity.GALAT : baru.tingkat();
		ParameterAturan p;
		switch (baru.jenis()) {
			case CAKUPAN -> {
				perluKodeDanCakupan(d, col);
				p = ParameterAturan.KOSONG;
			}
			case KELENGKAPAN -> {
				perluKodeDanCakupan(d, col);
				if (baru.tingkatWilayah() == null || baru.tingkatWilayah().isBlank()) {
					throw new InvalidFieldException("tingkatWilayah", "validasi.wajib");
				}
				if (kodeReferensi.turunanPadaTingkat(col.codeList(), d.cakupanWilayah(), baru.tingkatWilayah()).isEmpty()) {
					throw new InvalidFieldException("tingkatWilayah", "pengumpulan.aturan.galat.tingkat",
							baru.tingkatWilayah(), d.cakupanWilayah());
				}
				List<String> groups = kolom(cols, baru.kelompok(), "kelompok", false);
				p = new ParameterAturan(baru.tingkatWilayah().strip(), groups, null, null, null, null);
			}
			case JUMLAH -> {
				angka(col, "kolom");
				List<String> parts = kolom(cols, baru.bagian(), "bagian", true);
				if (parts.isEmpty() || parts.contains(col.name())) {
					throw new InvalidFieldException("bagian", "pengumpulan.aturan.galat.bagian");
				}
				parts.forEach(n -> angka(cols.get(n), "bagian"));
				p = new ParameterAturan(null, null, parts, toleransi(baru), null, null);
			}
			case BARIS_JUMLAH -> {
				angka(col, "kolom");
				p = new ParameterAturan(null, null, null, toleransi(baru), null, null);
			}
			case PERUBAHAN -> {
				angka(col, "kolom");
				if (baru.batas() == null || baru.batas().signum() <= 0) {
					throw new InvalidFieldException("batas", "pengumpulan.aturan.galat.batas");
				}
				p = new ParameterAturan(null, null, null, null, baru.batas(), kolom(cols, baru.kunci(), "kunci", false));
			}
			default -> throw new IllegalArgumentException();
		}
		AturanValidasi a = repository.save(new AturanValidasi(datasetId, baru.jenis(), col.name(), json.writeValueAsString(p),
				tingkat, currentUser.actorName(), clock.instant()));
		audit.record("aturan.ditambah", "Dataset", datasetId, baru.jenis() + " " + col.name() + " (" + tingkat + ")");
		return new AturanView(a.getId(), a.getJenis(), a.getKolom(), p, tingkat, false);
	}

	@Transactional
	void hapus(long datasetId, long id) {
		kelola(datasetId);
		AturanValidasi a = repository.findById(id).filter(x -> x.getDatasetId() == datasetId && x.isAktif())
			.orElseThrow(NotFoundException::new);
		a.nonaktifkan(clock.instant());
		repository.save(a);
		audit.record("aturan.dihapus", "Dataset", datasetId, a.getJenis() + " " + a.getKolom());
	}

	DatasetDetail kelola(long datasetId) {
		DatasetDetail d = katalog.dataset(String.valueOf(datasetId)).orElseThrow(NotFoundException::new);
		if (!d.bolehKelola()) {
			throw new AccessDeniedException("Not the Walidata of this dataset");
		}
		return d;
	}

	private void perluKodeDanCakupan(DatasetDetail d, ColumnSpec col) {
		if (col.codeList() == null) {
			throw new InvalidFieldException("kolom", "pengumpulan.aturan.galat.bukanKode", col.name());
		}
		if (d.cakupanWilayah() == null || kodeReferensi.kode(col.codeList(), d.cakupanWilayah()).isEmpty()) {
			throw new InvalidFieldException("kolom", "pengumpulan.aturan.galat.cakupan", col.codeList());
		}
	}

	/** The largest difference accepted: none when not given, never negative. */
	private static BigDecimal toleransi(AturanBaru baru) {
		BigDecimal tol = baru.toleransi() == null ? BigDecimal.ZERO : baru.toleransi();
		if (tol.signum() < 0) {
			throw new InvalidFieldException("toleransi", "pengumpulan.aturan.galat.toleransi");
		}
		return ColumnSpec.plain(tol);
	}

	private static void angka(ColumnSpec c, String field) {
		if (!c.type().numeric()) {
			throw new InvalidFieldException(field, "pengumpulan.aturan.galat.angka", c.name());
		}
	}

	private static List<String> kolom(Map<String, ColumnSpec> cols, List<String> names, String field, boolean required) {
		List<String> out = names == null ? List.of()
				: names.stream().filter(n -> n != null && !n.isBlank()).map(String::strip).distinct().toList();
		for (String n : out) {
			if (!cols.containsKey(n)) {
				throw new InvalidFieldException(field, "pengumpulan.aturan.galat.kolomTidakAda", n);
			}
		}
		if (required && out.isEmpty()) {
			throw new InvalidFieldException(field, "validasi.wajib");
		}
		return out;
	}

}
