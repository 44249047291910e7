package id.satudata.katalog;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A dataset's figures in one month (the export and the monthly trend). */
public record PenggunaanBulanan(YearMonth bulan, long datasetId, String slug, String judul, String produsenNama,
		AngkaPenggunaan.Jumlah jumlah) {

	/**
	 * Totals per month from {@code dari}'s month to {@code sampai}'s, months without use included (as
	 * zero), in order.
	 */
	public static Map<YearMonth, AngkaPenggunaan.Jumlah> perBulan(List<PenggunaanBulanan> rows, LocalDate dari,
			LocalDate sampai) {
		Map<YearMonth, AngkaPenggunaan.Jumlah> out = new LinkedHashMap<>();
		for (YearMonth m = YearMonth.from(dari); !m.isAfter(YearMonth.from(sampai)); m = m.plusMonths(1)) {
			out.put(m, AngkaPenggunaan.Jumlah.NOL);
		}
		for (PenggunaanBulanan r : rows) {
			out.merge(r.bulan(), r.jumlah(), AngkaPenggunaan.Jumlah::tambah);
		}
		return out;
	}

	/** The sum of all rows. */
	public static AngkaPenggunaan.Jumlah total(List<PenggunaanBulanan> rows) {
		return rows.stream().map(PenggunaanBulanan::jumlah).reduce(AngkaPenggunaan.Jumlah.NOL,
				AngkaPenggunaan.Jumlah::tambah);
	}

}
