package id.satudata.perencanaan.monitoring;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

import id.satudata.katalog.AngkaPenggunaan;
import id.satudata.katalog.CakupanPenggunaan;
import id.satudata.katalog.PenggunaanBulanan;
import id.satudata.katalog.PenggunaanData;
import id.satudata.katalog.PenggunaanDataset;
import id.satudata.shared.tabular.TableWriter;

/**
 * The usage figures of an organization's datasets in a year on the monitoring dashboards (public and
 * back office): the most used and the trend per month, and their export. Read through the catalog's
 * {@link PenggunaanData}, so only datasets the caller may see count.
 */
@Component
class PenggunaanMonitoring {

	private final PenggunaanData penggunaan;
	private final MessageSource messages;

	PenggunaanMonitoring(PenggunaanData penggunaan, MessageSource messages) {
		this.penggunaan = penggunaan;
		this.messages = messages;
	}

	void isi(Model model, long organisasiId, int tahun) {
		LocalDate dari = LocalDate.of(tahun, 1, 1);
		LocalDate sampai = LocalDate.of(tahun, 12, 31);
		CakupanPenggunaan cakupan = CakupanPenggunaan.organisasi(organisasiId);
		List<PenggunaanBulanan> bulanan = penggunaan.bulanan(cakupan, dari, sampai);
		Map<YearMonth, AngkaPenggunaan.Jumlah> perBulan = PenggunaanBulanan.perBulan(bulanan, dari, sampai);
		List<PenggunaanDataset> terbanyak = penggunaan.terbanyak(cakupan, dari, sampai, 10);
		model.addAttribute("penggunaanBulanan", perBulan);
		model.addAttribute("penggunaanTotal", PenggunaanBulanan.total(bulanan));
		model.addAttribute("penggunaanTerbanyak", terbanyak);
	}

	/** Every dataset's figures per month of the year, as CSV or XLSX. */
	void ekspor(long organisasiId, int tahun, boolean xlsx, OutputStream out) throws IOException {
		List<PenggunaanBulanan> rows = penggunaan.bulanan(CakupanPenggunaan.organisasi(organisasiId),
				LocalDate.of(tahun, 1, 1), LocalDate.of(tahun, 12, 31));
		try (TableWriter w = xlsx ? TableWriter.xlsx(out, msg("penggunaan.judul")) : TableWriter.csv(out)) {
			w.header(List.of(msg("penggunaan.bulan"), msg("penggunaan.dataset"), msg("penggunaan.slug"),
					msg("penggunaan.produsen"), msg("penggunaan.dilihat"), msg("penggunaan.diunduh"), msg("penggunaan.api")));
			for (PenggunaanBulanan r : rows) {
				w.row(List.of(r.bulan().toString(), r.judul(), r.slug(), r.produsenNama() == null ? "" : r.produsenNama(),
						r.jumlah().dilihat(), r.jumlah().diunduh(), r.jumlah().api()));
			}
		}
	}

	private String msg(String key) {
		return messages.getMessage(key, null, LocaleContextHolder.getLocale());
	}

}
