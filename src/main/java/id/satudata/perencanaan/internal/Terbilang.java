package id.satudata.perencanaan.internal;

import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.Locale;

/**
 * Numbers and dates written out in Indonesian words, as official documents (Tata Naskah Dinas)
 * write the day of a berita acara: "Pada hari ini Selasa, tanggal tujuh belas bulan Maret tahun
 * dua ribu dua puluh enam".
 */
public final class Terbilang {

	private static final Locale ID = Locale.forLanguageTag("id");
	private static final String[] SATUAN = { "nol", "satu", "dua", "tiga", "empat", "lima", "enam", "tujuh",
			"delapan", "sembilan", "sepuluh", "sebelas" };

	private Terbilang() {
	}

	/** {@code 2026} → "dua ribu dua puluh enam"; 0 to 999,999,999,999. */
	static String angka(long n) {
		if (n < 0 || n > 999_999_999_999L) {
			throw new IllegalArgumentException("out of range: " + n);
		}
		return tulis(n).strip().replaceAll("\\s+", " ");
	}

	private static String tulis(long n) {
		if (n < 12) {
			return SATUAN[(int) n];
		}
		if (n < 20) {
			return SATUAN[(int) (n - 10)] + " belas";
		}
		if (n < 100) {
			return SATUAN[(int) (n / 10)] + " puluh" + sisa(n % 10);
		}
		if (n < 200) {
			return "seratus" + sisa(n - 100);
		}
		if (n < 1000) {
			return SATUAN[(int) (n / 100)] + " ratus" + sisa(n % 100);
		}
		if (n < 2000) {
			return "seribu" + sisa(n - 1000);
		}
		if (n < 1_000_000) {
			return tulis(n / 1000) + " ribu" + sisa(n % 1000);
		}
		if (n < 1_000_000_000) {
			return tulis(n / 1_000_000) + " juta" + sisa(n % 1_000_000);
		}
		return tulis(n / 1_000_000_000) + " miliar" + sisa(n % 1_000_000_000);
	}

	private static String sisa(long n) {
		return n == 0 ? "" : " " + tulis(n);
	}

	/** The day's name in Indonesian ("Selasa"). */
	static String hari(LocalDate d) {
		return d.getDayOfWeek().getDisplayName(TextStyle.FULL, ID);
	}

	/** The month's name in Indonesian ("Maret"). */
	static String bulan(LocalDate d) {
		return d.getMonth().getDisplayName(TextStyle.FULL_STANDALONE, ID);
	}

	/** "Selasa, tanggal tujuh belas bulan Maret tahun dua ribu dua puluh enam". */
	public static String hariTanggal(LocalDate d) {
		return hari(d) + ", tanggal " + angka(d.getDayOfMonth()) + " bulan " + bulan(d) + " tahun " + angka(d.getYear());
	}

	/** "17 Maret 2026". */
	public static String tanggal(LocalDate d) {
		return d.getDayOfMonth() + " " + bulan(d) + " " + d.getYear();
	}

}
