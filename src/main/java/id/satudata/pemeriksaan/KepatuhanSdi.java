package id.satudata.pemeriksaan;

import java.util.List;

/**
 * How a submission meets the four SDI principles (Standar Data, Metadata, Interoperabilitas, Kode
 * Referensi/Data Induk): per principle the criteria met and missing, and a score from 0 to 100.
 *
 * @param skor the share of all criteria met, in percent
 * @param prinsip the four principles in the order of Perpres 39/2019
 */
public record KepatuhanSdi(int skor, List<Prinsip> prinsip) {

	public KepatuhanSdi {
		prinsip = prinsip == null ? List.of() : List.copyOf(prinsip);
	}

	/** @param kode {@code STANDAR_DATA}, {@code METADATA}, {@code INTEROPERABILITAS}, {@code KODE_REFERENSI} */
	public record Prinsip(String kode, int skor, List<Kriteria> kriteria) {

		public Prinsip {
			kriteria = List.copyOf(kriteria);
		}

		public long terpenuhi() {
			return kriteria.stream().filter(Kriteria::terpenuhi).count();
		}

	}

	/** One criterion: its message key (with arguments) and whether it is met. */
	public record Kriteria(String kunci, List<String> argumen, boolean terpenuhi) {

		public Kriteria {
			argumen = argumen == null ? List.of() : List.copyOf(argumen);
		}

		public Object[] argumenArray() {
			return argumen.toArray();
		}

	}

	public static KepatuhanSdi dari(List<Prinsip> prinsip) {
		long semua = prinsip.stream().mapToLong(p -> p.kriteria().size()).sum();
		long ok = prinsip.stream().mapToLong(Prinsip::terpenuhi).sum();
		return new KepatuhanSdi(semua == 0 ? 0 : (int) Math.round(100.0 * ok / semua), prinsip);
	}

}
