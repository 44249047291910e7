package id.satudata.pengumpulan.pengajuan;

import java.io.IOException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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
import id.satudata.datastore.Reshape;
import id.satudata.katalog.DatasetDetail;
import id.satudata.katalog.Katalog;
import id.satudata.pemeriksaan.AksiPemeriksaan;
import id.satudata.pemeriksaan.HalamanTemuan;
import id.satudata.pemeriksaan.LaporanPengajuan;
import id.satudata.pemeriksaan.Pemeriksaan;
import id.satudata.pemeriksaan.PengajuanView;
import id.satudata.pemeriksaan.UsulanMetadata;
import id.satudata.pengumpulan.internal.AksesProdusen;
import id.satudata.pengumpulan.unggahan.LangkahBentukTabel;
import id.satudata.pengumpulan.unggahan.LangkahNamaKode;
import id.satudata.shared.web.Flash;
import id.satudata.shared.web.NotFoundException;

/**
 * A submission on the producer's side ({@code /kelola/pengumpulan/pengajuan/{id}}): the validation
 * report of its newest upload (paged and filtered, downloadable as a highlighted XLSX), the compliance
 * score, the metadata and warning justifications, notes, and submitting it to the review. Uploading:
 * {@code unggahan}; typing a small table: {@code isian}. Only the submission's producers find it.
 */
@Controller
@RequestMapping("/kelola/pengumpulan/pengajuan/{id}")
@PreAuthorize("hasRole('PRODUSEN_DATA')")
class PengajuanController {

	private final AksesProdusen akses;
	private final Pemeriksaan pemeriksaan;
	private final LaporanPengajuan laporan;
	private final Katalog katalog;
	private final Flash flash;
	private final Datastore datastore;

	private final LangkahNamaKode namaKode;
	private final LangkahBentukTabel bentukTabel;

	PengajuanController(AksesProdusen akses, Pemeriksaan pemeriksaan, LaporanPengajuan laporan, Katalog katalog,
			Flash flash, Datastore datastore, LangkahNamaKode namaKode, LangkahBentukTabel bentukTabel) {
		this.bentukTabel = bentukTabel;
		this.namaKode = namaKode;
		this.datastore = datastore;
		this.akses = akses;
		this.pemeriksaan = pemeriksaan;
		this.laporan = laporan;
		this.katalog = katalog;
		this.flash = flash;
	}

	@GetMapping
	String submission(@PathVariable long id, @RequestParam(required = false) String aturan,
			@RequestParam(required = false) String tingkat, @RequestParam(defaultValue = "0") int page, Model model) {
		PengajuanView p = akses.pengajuan(id);
		DatasetDetail d = katalog.dataset(String.valueOf(p.datasetId())).orElseThrow(NotFoundException::new);
		model.addAttribute("p", p);
		model.addAttribute("dataset", d);
		p.versiTerkini().ifPresent(v -> {
			model.addAttribute("versi", v);
			// read as the dataset's import profile said (UnggahanService.OpsiImpor.dariProfil)
			model.addAttribute("dariProfil", v.opsiImpor() != null && v.opsiImpor().contains("\"dariProfil\":true"));
			model.addAttribute("temuan", laporan.halaman(p.id(), v.nomor(), aturan, tingkat, page));
			// the BPS symbols the upload read, kept with its table
			if (v.rilisUuid() != null) {
				katalog.tabel(v.rilisUuid()).ifPresent(t -> model.addAttribute("simbol", datastore.symbols(t.tabel())));
			}
			boolean header = v.ringkasan().keySet().stream().anyMatch(k -> k.startsWith("header/"));
			model.addAttribute("headerBermasalah", header);
			if (header) {
				// unknown file headers carry the header as column and value; missing columns only the column
				List<HalamanTemuan.Temuan> h = laporan.halaman(p.id(), v.nomor(), "header", null, 0).temuan();
				model.addAttribute("headerTakDikenal", h.stream().filter(t -> t.nilai() != null && t.nilai().equals(t.kolom()))
					.map(t -> t.nilai()).toList());
				model.addAttribute("kolomHilang", h.stream().filter(t -> t.nilai() == null && t.kolom() != null
						&& !t.kolom().startsWith("#")).map(t -> t.kolom()).toList());
			}
			if (v.ringkasan().keySet().stream().anyMatch(k -> k.startsWith(Reshape.RULE + "/"))) {
				// the file's shape explains its header: the step to turn it wide to long (or back)
				bentukTabel.usulan(p.id(), v.nomor()).ifPresent(b -> model.addAttribute("bentukUsul", b));
			}
			if (v.ringkasan().keySet().stream().anyMatch(k -> k.startsWith(LangkahNamaKode.ATURAN + "/"))) {
				// names that did not match one code: the step to choose their codes
				List<HalamanTemuan.Temuan> t = new java.util.ArrayList<>();
				HalamanTemuan h;
				int n = 0;
				do {
					h = laporan.halaman(p.id(), v.nomor(), LangkahNamaKode.ATURAN, null, n++);
					t.addAll(h.temuan());
				}
				while (n < h.jumlahHalaman() && n < 20);
				model.addAttribute("namaRagu", namaKode.daftar(d, t));
			}
		});
		model.addAttribute("filterAturan", aturan);
		model.addAttribute("filterTingkat", tingkat);
		model.addAttribute("bisaUnggah", p.aksi().contains(AksiPemeriksaan.AJUKAN));
		return "pengumpulan/pengajuan";
	}

	/** The page of problems alone (htmx: paging and filtering without a reload). */
	@GetMapping("/temuan")
	String issues(@PathVariable long id, @RequestParam int versi, @RequestParam(required = false) String aturan,
			@RequestParam(required = false) String tingkat, @RequestParam(defaultValue = "0") int page, Model model) {
		PengajuanView p = akses.pengajuan(id);
		model.addAttribute("p", p);
		model.addAttribute("temuan", laporan.halaman(id, versi, aturan, tingkat, page));
		model.addAttribute("versiNomor", versi);
		model.addAttribute("filterAturan", aturan);
		model.addAttribute("filterTingkat", tingkat);
		model.addAttribute("dasar", "/kelola/pengumpulan/pengajuan/" + id + "/temuan");
		return "pemeriksaan/fragmen :: temuan";
	}

	@GetMapping("/versi/{nomor}/laporan.xlsx")
	void report(@PathVariable long id, @PathVariable int nomor, HttpServletResponse response) throws IOException {
		akses.pengajuan(id);
		response.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
		response.setHeader("Content-Disposition", "attachment; filename=\"laporan-validasi-" + id + "-v" + nomor + ".xlsx\"");
		laporan.xlsx(id, nomor, response.getOutputStream());
	}

	@PostMapping("/metadata")
	String metadata(@PathVariable long id, @RequestParam long version, @RequestParam(required = false) String deskripsi,
			@RequestParam(required = false) String satuan, @RequestParam(required = false) String kontakNama,
			@RequestParam(required = false) String kontakEmail, @RequestParam(required = false) String kataKunci,
			@RequestParam(required = false) String catatanRilis, @RequestParam Map<String, String> form,
			RedirectAttributes redirect) {
		Map<String, String> justifikasi = new LinkedHashMap<>();
		form.forEach((k, v) -> {
			if (k.startsWith("justifikasi[") && k.endsWith("]")) {
				justifikasi.put(k.substring(12, k.length() - 1), v);
			}
		});
		List<String> keywords = kataKunci == null || kataKunci.isBlank() ? null
				: Arrays.stream(kataKunci.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
		return flash.attempt(redirect, "/kelola/pengumpulan/pengajuan/" + id + "#metadata", () -> {
			pemeriksaan.simpanUsulan(id, version, new UsulanMetadata(blank(deskripsi), blank(satuan), blank(kontakNama),
					blank(kontakEmail), keywords, blank(catatanRilis)), justifikasi);
			flash.success(redirect, "pengumpulan.metadataTersimpan");
		});
	}

	@PostMapping("/ajukan")
	String submit(@PathVariable long id, @RequestParam long version, @RequestParam(required = false) String catatan,
			RedirectAttributes redirect) {
		return flash.attempt(redirect, "/kelola/pengumpulan/pengajuan/" + id, () -> {
			pemeriksaan.jalankan(id, version, AksiPemeriksaan.AJUKAN, catatan, null);
			flash.success(redirect, "pengumpulan.diajukan");
		});
	}

	@PostMapping("/catatan")
	String note(@PathVariable long id, @RequestParam(required = false) String teks, RedirectAttributes redirect) {
		return flash.attempt(redirect, "/kelola/pengumpulan/pengajuan/" + id + "#catatan",
				() -> pemeriksaan.catat(id, null, null, teks));
	}

	private static String blank(String s) {
		return s == null || s.isBlank() ? null : s.strip();
	}

}
