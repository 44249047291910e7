package id.satudata.standar.metadata;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

import id.satudata.standar.JenisMetadata;
import id.satudata.standar.TipeIsian;

/**
 * The definition of one metadata form: its blocks and fields, each with its type, choice list,
 * when it is required, whether the public sees it and whether it belongs to one year only. The
 * editor, the required-field check, the PDF and the JSON export are all driven by it.
 */
public record Formulir(JenisMetadata jenis, String prefix, String isianJudul, List<Blok> blok) {

	/** The value of a field that holds the form's year (every form has one). */
	static final String TAHUN = "tahun";

	Optional<Isian> isian(String kode) {
		return blok.stream().flatMap(b -> b.isian().stream()).filter(i -> i.kode().equals(kode)).findFirst();
	}

	Optional<Blok> blok(String kode) {
		return blok.stream().filter(b -> b.kode().equals(kode)).findFirst();
	}

	List<Isian> semuaIsian() {
		return blok.stream().flatMap(b -> b.isian().stream()).toList();
	}

	public String labelKey(Isian i) {
		return prefix + ".isian." + i.kode();
	}

	public String blokKey(Blok b) {
		return prefix + ".blok." + b.kode();
	}

	/** One block. */
	public record Blok(String kode, List<Isian> isian) {
	}

	/**
	 * One field.
	 *
	 * @param daftar the choice list (PILIHAN, PILIHAN_GANDA), see {@link Pilihan}
	 * @param kolom the columns of a TABEL
	 * @param wajib when the field is required, given the whole document
	 * @param publik whether the public sees it
	 * @param tahunan whether it belongs to one year only (left empty in a copy for another year)
	 */
	public record Isian(String kode, TipeIsian tipe, String daftar, List<String> kolom, Predicate<Map<String, Object>> wajib,
			boolean publik, boolean tahunan) {

		public boolean wajibPada(Map<String, Object> isi) {
			return wajib.test(isi);
		}

		/** Choice fields whose list has LAINNYA carry a free-text companion {@code <kode>Lainnya}. */
		public boolean denganLainnya() {
			return daftar != null && Pilihan.nilai(daftar).contains(Pilihan.LAINNYA);
		}

		public String kodeLainnya() {
			return kode + "Lainnya";
		}

	}

	// ---- building ------------------------------------------------------------------------------

	static final Predicate<Map<String, Object>> SELALU = m -> true;
	static final Predicate<Map<String, Object>> TIDAK = m -> false;

	/** Required when field {@code kode} has (or contains) {@code nilai}. */
	static Predicate<Map<String, Object>> bila(String kode, String nilai) {
		return m -> {
			Object v = m.get(kode);
			return v instanceof List<?> l ? l.contains(nilai) : nilai.equals(v);
		};
	}

	static final class Pembangun {

		private final JenisMetadata jenis;
		private final String prefix;
		private final String isianJudul;
		private final List<Blok> blok = new ArrayList<>();
		private String kodeBlok;
		private List<Isian> isian;

		Pembangun(JenisMetadata jenis, String prefix, String isianJudul) {
			this.jenis = jenis;
			this.prefix = prefix;
			this.isianJudul = isianJudul;
		}

		Pembangun blok(String kode) {
			selesaiBlok();
			kodeBlok = kode;
			isian = new ArrayList<>();
			return this;
		}

		Pembangun wajib(String kode, TipeIsian tipe) {
			return isian(kode, tipe, null, List.of(), SELALU, true, false);
		}

		Pembangun opsional(String kode, TipeIsian tipe) {
			return isian(kode, tipe, null, List.of(), TIDAK, true, false);
		}

		Pembangun pilihan(String kode, TipeIsian tipe, String daftar, Predicate<Map<String, Object>> wajib) {
			return isian(kode, tipe, daftar, List.of(), wajib, true, false);
		}

		Pembangun isian(String kode, TipeIsian tipe, String daftar, List<String> kolom,
				Predicate<Map<String, Object>> wajib, boolean publik, boolean tahunan) {
			isian.add(new Isian(kode, tipe, daftar, kolom, wajib, publik, tahunan));
			return this;
		}

		Formulir selesai() {
			selesaiBlok();
			return new Formulir(jenis, prefix, isianJudul, List.copyOf(blok));
		}

		private void selesaiBlok() {
			if (kodeBlok != null) {
				blok.add(new Blok(kodeBlok, List.copyOf(isian)));
			}
		}

	}

}
