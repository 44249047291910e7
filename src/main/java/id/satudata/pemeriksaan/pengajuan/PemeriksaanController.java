package id.satudata.pemeriksaan.pengajuan;

import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import id.satudata.datastore.Datastore;
import id.satudata.datastore.Query;
import id.satudata.datastore.QueryResult;
import id.satudata.katalog.DatasetDetail;
import id.satudata.katalog.Katalog;
import id.satudata.katalog.TabelRilis;
import id.satudata.pemeriksaan.AksiPemeriksaan;
import id.satudata.pemeriksaan.LaporanPengajuan;
import id.satudata.pemeriksaan.Pemeriksaan;
import id.satudata.pemeriksaan.PengajuanView;
import id.satudata.pemeriksaan.internal.PemeriksaanProperties;
import id.satudata.shared.web.Flash;
import id.satudata.shared.web.InvalidFieldException;
import id.satudata.shared.web.NotFoundException;

/**
 * The reviewers' pages: the inbox of what waits for the user, and a submission under review — its
 * data, the validation report, the compliance score, the difference with the published release, the
 * metadata, notes on the whole, a column or a row, the history, and the steps the user may take.
 */
@Controller
@RequestMapping("/kelola/pemeriksaan")
@PreAuthorize("hasAnyRole('WALIDATA', 'WALIDATA_PENDUKUNG', 'PEMBINA_DATA', 'PRODUSEN_DATA', 'ADMIN')")
class PemeriksaanController {

	private static final int BARIS_DATA = 25;

	private final Pemeriksaan pemeriksaan;
	private final LaporanPengajuan laporan;
	private final Katalog katalog;
	private final Datastore datastore;
	private final PemeriksaanProperties properties;
	private final Flash flash;

	PemeriksaanController(Pemeriksaan pemeriksaan, LaporanPengajuan laporan, Katalog katalog, Datastore datastore,
			PemeriksaanProperties properties, Flash flash) {
		this.pemeriksaan = pemeriksaan;
		this.laporan = laporan;
		this.katalog = katalog;
		this.datastore = datastore;
		this.properties = properties;
		this.flash = flash;
	}

	@GetMapping
	String inbox(Model model) {
		model.addAttribute("item", pemeriksaan.kotakMasuk());
		return "pemeriksaan/kotak-masuk";
	}

	@GetMapping("/{id}")
	String review(@PathVariable long id, @RequestParam(required = false) String aturan,
			@RequestParam(required = false) String tingkat, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "0") int halamanData, Model model) {
		PengajuanView p = pemeriksaan.pengajuan(id).orElseThrow(NotFoundException::new);
		DatasetDetail d = katalog.dataset(String.valueOf(p.datasetId())).orElseThrow(NotFoundException::new);
		model.addAttribute("p", p);
		model.addAttribute("dataset", d);
		p.versiTerkini().ifPresent(v -> {
			model.addAttribute("versi", v);
			model.addAttribute("temuan", laporan.halaman(id, v.nomor(), aturan, tingkat, page));
		});
		model.addAttribute("filterAturan", aturan);
		model.addAttribute("filterTingkat", tingkat);
		Optional<TabelRilis> table = p.rilisUuid() == null ? Optional.empty() : katalog.tabel(p.rilisUuid());
		table.ifPresent(t -> {
			int nomor = Math.max(halamanData, 0);
			QueryResult rows = datastore.search(t.tabel(), Query.all(BARIS_DATA).withPage(BARIS_DATA, (long) nomor * BARIS_DATA));
			model.addAttribute("data", rows);
			model.addAttribute("simbol", datastore.symbols(t.tabel()));
			model.addAttribute("kolomData", t.tabel().columns());
			model.addAttribute("halamanData", nomor);
			model.addAttribute("jumlahHalamanData", Math.max(1, (t.tabel().rows() + BARIS_DATA - 1) / BARIS_DATA));
		});
		model.addAttribute("perbedaan", laporan.perbedaan(id, 20).orElse(null));
		model.addAttribute("target", properties.targetUntuk(p.status()));
		return "pemeriksaan/pengajuan";
	}

	@GetMapping("/{id}/temuan")
	String issues(@PathVariable long id, @RequestParam int versi, @RequestParam(required = false) String aturan,
			@RequestParam(required = false) String tingkat, @RequestParam(defaultValue = "0") int page, Model model) {
		PengajuanView p = pemeriksaan.pengajuan(id).orElseThrow(NotFoundException::new);
		model.addAttribute("p", p);
		model.addAttribute("temuan", laporan.halaman(id, versi, aturan, tingkat, page));
		model.addAttribute("versiNomor", versi);
		model.addAttribute("filterAturan", aturan);
		model.addAttribute("filterTingkat", tingkat);
		model.addAttribute("dasar", "/kelola/pemeriksaan/" + id + "/temuan");
		return "pemeriksaan/fragmen :: temuan";
	}

	@GetMapping("/{id}/versi/{nomor}/laporan.xlsx")
	void report(@PathVariable long id, @PathVariable int nomor, HttpServletResponse response) throws IOException {
		pemeriksaan.pengajuan(id).orElseThrow(NotFoundException::new);
		response.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
		response.setHeader("Content-Disposition", "attachment; filename=\"laporan-validasi-" + id + "-v" + nomor + ".xlsx\"");
		laporan.xlsx(id, nomor, response.getOutputStream());
	}

	@PostMapping("/{id}/aksi")
	String act(@PathVariable long id, @RequestParam long version, @RequestParam AksiPemeriksaan aksi,
			@RequestParam(required = false) String catatan, @RequestParam(required = false) String jadwalTerbit,
			RedirectAttributes redirect) {
		return flash.attempt(redirect, "/kelola/pemeriksaan/" + id, () -> {
			PengajuanView after = pemeriksaan.jalankan(id, version, aksi, catatan, tanggal(jadwalTerbit));
			flash.success(redirect, after.jadwalTerbit() != null && aksi == AksiPemeriksaan.TERBITKAN
					? "pemeriksaan.dijadwalkan" : "pemeriksaan.aksiBerhasil", after.jadwalTerbit());
		});
	}

	@PostMapping("/{id}/catatan")
	String note(@PathVariable long id, @RequestParam(required = false) String teks,
			@RequestParam(required = false) String kolom, @RequestParam(required = false) String baris,
			RedirectAttributes redirect) {
		return flash.attempt(redirect, "/kelola/pemeriksaan/" + id + "#catatan", () -> {
			pemeriksaan.catat(id, kolom, row(baris), teks);
			flash.success(redirect, "pemeriksaan.catatanTersimpan");
		});
	}

	private static Long row(String s) {
		if (s == null || s.isBlank()) {
			return null;
		}
		try {
			return Long.parseLong(s.strip());
		}
		catch (NumberFormatException e) {
			throw new InvalidFieldException("baris", "pemeriksaan.galat.barisTidakSah");
		}
	}

	private static LocalDate tanggal(String s) {
		if (s == null || s.isBlank()) {
			return null;
		}
		try {
			return LocalDate.parse(s.strip());
		}
		catch (DateTimeParseException e) {
			throw new InvalidFieldException("jadwalTerbit", "pemeriksaan.galat.tanggal");
		}
	}

}
