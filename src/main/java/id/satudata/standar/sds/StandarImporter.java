package id.satudata.standar.sds;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import id.satudata.datastore.ColumnType;
import id.satudata.referensi.KodeReferensiLookup;
import id.satudata.shared.audit.Audit;
import id.satudata.standar.JenisStandar;
import id.satudata.standar.JenisValueDomain;
import id.satudata.standar.StatusStandar;
import id.satudata.standar.sds.BerkasSds.Baris;
import id.satudata.standar.sds.BerkasSds.Galat;

/**
 * Import of standards from a file of the exchange format ({@link FormatSds}, read by
 * {@link BerkasSds}). An import is all or nothing: every row is checked (required fields by kind,
 * references to Konsep and Klasifikasi in the catalogue or the same file, codes, categories) and
 * every problem is reported with its row and field before anything is saved; a code already in force
 * with different content gets a new version. Writing the catalogue out: {@link EksporSds}.
 */
@Component
class StandarImporter {

	private static final Pattern KODE = Pattern.compile("[A-Z0-9][A-Z0-9._-]{0,39}");

	private final KatalogStandarService katalog;
	private final StandarDataRepository repository;
	private final BerkasSds berkas;
	private final KodeReferensiLookup kodeReferensi;
	private final Audit audit;

	StandarImporter(KatalogStandarService katalog, StandarDataRepository repository, BerkasSds berkas,
			KodeReferensiLookup kodeReferensi, Audit audit) {
		this.katalog = katalog;
		this.repository = repository;
		this.berkas = berkas;
		this.kodeReferensi = kodeReferensi;
		this.audit = audit;
	}

	/** What an import did: nothing, with every problem; or how many standards were added, revised, unchanged. */
	record Hasil(List<Galat> galat, int baru, int versiBaru, int sama) {

		boolean ok() {
			return galat.isEmpty();
		}

	}

	// ---- import -------------------------------------------------------------------------------

	@Transactional
	Hasil impor(Path file, String namaBerkas, String pemilikBawaan, Long pemilikOrganisasiId) {
		List<Galat> galat = new ArrayList<>();
		List<Baris> rows = berkas.read(file, namaBerkas, galat);
		if (!galat.isEmpty()) {
			return new Hasil(galat, 0, 0, 0);
		}
		if (rows.isEmpty()) {
			return new Hasil(List.of(new Galat(0, null, "sds.impor.kosong")), 0, 0, 0);
		}
		// codes defined in the file, by kind, so rows may refer to each other
		Map<String, JenisStandar> diBerkas = new HashMap<>();
		Map<String, Long> pertama = new HashMap<>();
		for (Baris b : rows) {
			String kode = b.get("kode") == null ? null : b.get("kode").toUpperCase(Locale.ROOT);
			JenisStandar jenis = jenis(b.get("jenis"));
			if (kode != null && jenis != null) {
				Long seen = pertama.putIfAbsent(kode, b.nomor());
				if (seen != null) {
					galat.add(new Galat(b.nomor(), "kode", "sds.impor.kodeGanda", kode, seen));
				}
				diBerkas.put(kode, jenis);
			}
		}
		DrafStandar.Rujukan rujukan = new DrafStandar.Rujukan() {
			@Override
			public boolean standarAda(JenisStandar jenis, String kode) {
				return diBerkas.get(kode) == jenis || katalog.standarBerlaku(kode).filter(s -> s.getJenis() == jenis).isPresent();
			}

			@Override
			public boolean daftarKodeAda(String slug) {
				return kodeReferensi.adaDaftar(slug);
			}
		};
		List<Object[]> siap = new ArrayList<>();
		for (Baris b : rows) {
			JenisStandar jenis = jenis(b.get("jenis"));
			if (jenis == null) {
				galat.add(new Galat(b.nomor(), "jenis", "sds.impor.jenis", b.get("jenis")));
				continue;
			}
			String kode = b.get("kode") == null ? null : b.get("kode").toUpperCase(Locale.ROOT);
			if (kode == null) {
				galat.add(new Galat(b.nomor(), "kode", "validasi.wajib"));
			}
			else if (!KODE.matcher(kode).matches()) {
				galat.add(new Galat(b.nomor(), "kode", "sds.impor.kode", kode));
			}
			else {
				Optional<StandarData> ada = repository.findFirstByKodeOrderByVersiDesc(kode);
				if (ada.isPresent() && ada.get().getJenis() != jenis) {
					galat.add(new Galat(b.nomor(), "jenis", "sds.impor.jenisBerbeda", kode, ada.get().getJenis()));
				}
			}
			DrafStandar d;
			try {
				d = draf(b, jenis);
			}
			catch (NumberFormatException e) {
				galat.add(new Galat(b.nomor(), "nilai_min", "sds.impor.angka"));
				continue;
			}
			catch (IllegalArgumentException e) {
				galat.add(new Galat(b.nomor(), e.getMessage(), "sds.impor.pilihan", b.get(e.getMessage())));
				continue;
			}
			for (DrafStandar.Galat g : d.periksa(rujukan)) {
				galat.add(new Galat(b.nomor(), kolomBerkas(g.isian()), g.pesanKey(), g.args()));
			}
			if (b.get("pemilik") != null && b.get("pemilik").length() > 200) {
				galat.add(new Galat(b.nomor(), "pemilik", "metadata.galat.panjang", 200));
			}
			siap.add(new Object[] { kode, d, b.get("pemilik") });
		}
		if (!galat.isEmpty()) {
			return new Hasil(galat, 0, 0, 0);
		}
		int baru = 0;
		int versiBaru = 0;
		int sama = 0;
		// concepts and classifications before the variables that refer to them
		siap.sort((x, y) -> Integer.compare(urutan(((DrafStandar) x[1]).jenis()), urutan(((DrafStandar) y[1]).jenis())));
		for (Object[] s : siap) {
			String kode = (String) s[0];
			DrafStandar d = (DrafStandar) s[1];
			String pemilik = s[2] == null ? pemilikBawaan : (String) s[2];
			Optional<StandarData> berlaku = repository.findFirstByKodeAndStatus(kode, StatusStandar.BERLAKU);
			if (berlaku.isPresent() && samaIsi(berlaku.get(), d)) {
				sama++;
				continue;
			}
			boolean ada = repository.existsByKode(kode);
			katalog.terbitkan(d.jenis(), ada ? null : kode, ada ? kode : null, d.isi(), d.kategoriList(), pemilik,
					pemilikOrganisasiId, null);
			if (ada) {
				versiBaru++;
			}
			else {
				baru++;
			}
		}
		audit.record("sds.diimpor", "StandarData", null, baru + " baru, " + versiBaru + " versi baru, " + sama + " tetap ("
				+ (namaBerkas == null ? "" : namaBerkas) + ")");
		return new Hasil(List.of(), baru, versiBaru, sama);
	}

	private static int urutan(JenisStandar j) {
		return j == JenisStandar.VARIABEL ? 1 : 0;
	}

	private static DrafStandar draf(Baris b, JenisStandar jenis) {
		return new DrafStandar(jenis, b.get("nama"), b.get("definisi"), b.get("referensi"), DrafStandar.up(b.get("konsep")),
				b.get("unit_observasi"), b.get("ukuran"), b.get("satuan"), b.get("subjek"),
				enumOf(ColumnType.class, b, "tipe_data"), enumOf(JenisValueDomain.class, b, "jenis_value_domain"),
				b.get("value_domain"), angka(b.get("nilai_min")), angka(b.get("nilai_max")), b.get("pola"),
				b.get("aturan_validasi"), b.get("tingkat"), b.kategori());
	}

	private static <E extends Enum<E>> E enumOf(Class<E> type, Baris b, String kolom) {
		String v = b.get(kolom);
		if (v == null) {
			return null;
		}
		try {
			return Enum.valueOf(type, v.toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException e) {
			throw new IllegalArgumentException(kolom);
		}
	}

	private static BigDecimal angka(String v) {
		return v == null ? null : new BigDecimal(v.replace(',', '.'));
	}

	private static JenisStandar jenis(String v) {
		if (v == null) {
			return null;
		}
		try {
			return JenisStandar.valueOf(v.strip().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException e) {
			return null;
		}
	}

	/** The file's column of a form field. */
	private static String kolomBerkas(String isian) {
		return switch (isian) {
			case "konsepKode" -> "konsep";
			case "unitObservasi" -> "unit_observasi";
			case "tipeData" -> "tipe_data";
			case "jenisValueDomain" -> "jenis_value_domain";
			case "valueDomain" -> "value_domain";
			case "nilaiMin" -> "nilai_min";
			case "nilaiMax" -> "nilai_max";
			case "aturanValidasi" -> "aturan_validasi";
			case "tingkatKlasifikasi" -> "tingkat";
			case "kategoriTeks" -> "kategori";
			default -> isian;
		};
	}

	private static boolean samaIsi(StandarData s, DrafStandar d) {
		IsiStandar a = s.getIsi();
		IsiStandar b = d.isi();
		return Objects.equals(a.getNama(), b.getNama()) && Objects.equals(a.getDefinisi(), b.getDefinisi())
				&& Objects.equals(a.getReferensi(), b.getReferensi()) && Objects.equals(a.getKonsepKode(), b.getKonsepKode())
				&& Objects.equals(a.getUnitObservasi(), b.getUnitObservasi()) && Objects.equals(a.getUkuran(), b.getUkuran())
				&& Objects.equals(a.getSatuan(), b.getSatuan()) && Objects.equals(a.getSubjek(), b.getSubjek())
				&& a.getTipeData() == b.getTipeData() && a.getJenisValueDomain() == b.getJenisValueDomain()
				&& Objects.equals(a.getValueDomain(), b.getValueDomain()) && sama(a.getNilaiMin(), b.getNilaiMin())
				&& sama(a.getNilaiMax(), b.getNilaiMax()) && Objects.equals(a.getPola(), b.getPola())
				&& Objects.equals(a.getAturanValidasi(), b.getAturanValidasi())
				&& Objects.equals(a.getTingkatKlasifikasi(), b.getTingkatKlasifikasi())
				&& FormatSds.kategoriTeks(s.getKategori()).equals(FormatSds.kategoriTeks(d.kategoriList()));
	}

	private static boolean sama(BigDecimal x, BigDecimal y) {
		return x == null ? y == null : y != null && x.compareTo(y) == 0;
	}

}
