package id.satudata.pengumpulan.internal;

import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import id.satudata.katalog.DatasetDetail;
import id.satudata.katalog.Katalog;
import id.satudata.pemeriksaan.AksiPemeriksaan;
import id.satudata.pemeriksaan.LaporanPengajuan;
import id.satudata.pemeriksaan.Pemeriksaan;
import id.satudata.pemeriksaan.PengajuanView;
import id.satudata.pemeriksaan.PeranPemeriksaan;
import id.satudata.pemeriksaan.UsulanMetadata;
import id.satudata.shared.web.Flash;
import id.satudata.shared.web.Messages;
import id.satudata.shared.web.NotFoundException;
import id.satudata.shared.web.UserFacingException;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The producer's journey: what the OPD owes, a dataset's template, a submission's page (upload,
 * validation report, compliance, metadata, submit), following a check in progress. URL rules admit
 * Produsen Data; the services check each submission.
 */
@Controller
@RequestMapping("/kelola/pengumpulan")
@PreAuthorize("hasRole('PRODUSEN_DATA')")
class PengumpulanController {

	private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {
	};

	private final KewajibanService kewajiban;
	private final UnggahanService unggahan;
	private final Pemeriksaan pemeriksaan;
	private final LaporanPengajuan laporan;
	private final Katalog katalog;
	private final TemplatXlsx templat;
	private final AturanService aturan;
	private final Flash flash;
	private final Messages messages;
	private final JsonMapper json;
	private final Clock clock;

	PengumpulanController(KewajibanService kewajiban, UnggahanService unggahan, Pemeriksaan pemeriksaan,
			LaporanPengajuan laporan, Katalog katalog, TemplatXlsx templat, AturanService aturan, Flash flash,
			Messages messages, JsonMapper json, Clock clock) {
		this.kewajiban = kewajiban;
		this.unggahan = unggahan;
		this.pemeriksaan = pemeriksaan;
		this.laporan = laporan;
		this.katalog = katalog;
		this.templat = templat;
		this.aturan = aturan;
		this.flash = flash;
		this.messages = messages;
		this.json = json;
		this.clock = clock;
	}

	@GetMapping
	String list(Model model) {
		model.addAttribute("jadwal", kewajiban.jadwal());
		model.addAttribute("kewajiban", kewajiban.kewajiban());
		return "pengumpulan/daftar";
	}

	// ---- a dataset ----------------------------------------------------------------------------

	@GetMapping("/dataset/{id}")
	String dataset(@PathVariable long id, Model model) {
		DatasetDetail d = milikSaya(id);
		model.addAttribute("dataset", d);
		model.addAttribute("pengajuan", pemeriksaan.untukDataset(id));
		model.addAttribute("aturan", aturan.daftar(id));
		model.addAttribute("periodeBerikutnya",
				KewajibanService.periodeTerakhirSelesai(d.ringkas().frekuensi(), java.time.LocalDate.now(clock)));
		return "pengumpulan/dataset";
	}

	@GetMapping("/dataset/{id}/templat.xlsx")
	void template(@PathVariable long id, @RequestParam(required = false) String periode, HttpServletResponse response)
			throws IOException {
		DatasetDetail d = milikSaya(id);
		if (d.kolom().isEmpty()) {
			throw new UserFacingException("rilis.galat.tanpaSkema");
		}
		response.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
		response.setHeader("Content-Disposition", "attachment; filename=\"templat-" + d.ringkas().slug() + ".xlsx\"");
		templat.tulis(d, periode, response.getOutputStream());
	}

	@PostMapping("/dataset/{id}/pengajuan")
	String start(@PathVariable long id, @RequestParam(required = false) String periode, RedirectAttributes redirect) {
		try {
			PengajuanView p = pemeriksaan.bukaAtauBuat(id, periode);
			return "redirect:/kelola/pengumpulan/pengajuan/" + p.id();
		}
		catch (UserFacingException e) {
			flash.error(redirect, e);
			return "redirect:/kelola/pengumpulan/dataset/" + id;
		}
	}

	private DatasetDetail milikSaya(long id) {
		DatasetDetail d = katalog.dataset(String.valueOf(id)).orElseThrow(NotFoundException::new);
		if (!kewajiban.unitSaya().contains(d.produsenUnitId())) {
			throw new NotFoundException();
		}
		return d;
	}

	// ---- a submission -------------------------------------------------------------------------

	@GetMapping("/pengajuan/{id}")
	String submission(@PathVariable long id, @RequestParam(required = false) String aturan,
			@RequestParam(required = false) String tingkat, @RequestParam(defaultValue = "0") int page, Model model) {
		PengajuanView p = milikProdusen(id);
		DatasetDetail d = katalog.dataset(String.valueOf(p.datasetId())).orElseThrow(NotFoundException::new);
		model.addAttribute("p", p);
		model.addAttribute("dataset", d);
		p.versiTerkini().ifPresent(v -> {
			model.addAttribute("versi", v);
			model.addAttribute("temuan", laporan.halaman(p.id(), v.nomor(), aturan, tingkat, page));
			boolean header = v.ringkasan().keySet().stream().anyMatch(k -> k.startsWith("header/"));
			model.addAttribute("headerBermasalah", header);
			if (header) {
				// unknown file headers carry the header as column and value; missing columns only the column
				List<id.satudata.pemeriksaan.HalamanTemuan.Temuan> h = laporan.halaman(p.id(), v.nomor(), "header", null, 0)
					.temuan();
				model.addAttribute("headerTakDikenal", h.stream().filter(t -> t.nilai() != null && t.nilai().equals(t.kolom()))
					.map(t -> t.nilai()).toList());
				model.addAttribute("kolomHilang", h.stream().filter(t -> t.nilai() == null && t.kolom() != null
						&& !t.kolom().startsWith("#")).map(t -> t.kolom()).toList());
			}
		});
		model.addAttribute("filterAturan", aturan);
		model.addAttribute("filterTingkat", tingkat);
		model.addAttribute("bisaUnggah", p.aksi().contains(AksiPemeriksaan.AJUKAN));
		return "pengumpulan/pengajuan";
	}

	/** The page of problems alone (htmx: paging and filtering without a reload). */
	@GetMapping("/pengajuan/{id}/temuan")
	String issues(@PathVariable long id, @RequestParam int versi, @RequestParam(required = false) String aturan,
			@RequestParam(required = false) String tingkat, @RequestParam(defaultValue = "0") int page, Model model) {
		PengajuanView p = milikProdusen(id);
		model.addAttribute("p", p);
		model.addAttribute("temuan", laporan.halaman(id, versi, aturan, tingkat, page));
		model.addAttribute("versiNomor", versi);
		model.addAttribute("filterAturan", aturan);
		model.addAttribute("filterTingkat", tingkat);
		model.addAttribute("dasar", "/kelola/pengumpulan/pengajuan/" + id + "/temuan");
		return "pemeriksaan/fragmen :: temuan";
	}

	@GetMapping("/pengajuan/{id}/versi/{nomor}/laporan.xlsx")
	void report(@PathVariable long id, @PathVariable int nomor, HttpServletResponse response) throws IOException {
		milikProdusen(id);
		response.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
		response.setHeader("Content-Disposition", "attachment; filename=\"laporan-validasi-" + id + "-v" + nomor + ".xlsx\"");
		laporan.xlsx(id, nomor, response.getOutputStream());
	}

	@PostMapping("/pengajuan/{id}/unggah")
	Object upload(@PathVariable long id, @RequestParam long version, @RequestParam(required = false) MultipartFile berkas,
			@RequestParam(required = false) String sheet,
			@RequestHeader(value = "Accept", required = false) String accept, RedirectAttributes redirect)
			throws IOException {
		boolean ajax = accept != null && accept.contains(MediaType.APPLICATION_JSON_VALUE);
		try {
			if (berkas == null || berkas.isEmpty()) {
				throw new UserFacingException("pengumpulan.galat.berkasKosong");
			}
			Unggahan u;
			try (InputStream in = berkas.getInputStream()) {
				u = unggahan.mulai(id, version, berkas.getOriginalFilename(), in,
						new UnggahanService.OpsiImpor(sheet, Map.of()));
			}
			String next = "/kelola/pengumpulan/unggahan/" + u.getUuid();
			return ajax ? ResponseEntity.accepted().body(Map.of("status", next)) : "redirect:" + next;
		}
		catch (UserFacingException e) {
			if (ajax) {
				return ResponseEntity.status(e.getStatus()).body(Map.of("galat", messages.get(e)));
			}
			flash.error(redirect, e);
			return "redirect:/kelola/pengumpulan/pengajuan/" + id;
		}
	}

	/** Checks the newest upload again with the headers mapped to the schema's columns as the producer chose. */
	@PostMapping("/pengajuan/{id}/pemetaan")
	String mapping(@PathVariable long id, @RequestParam long version, @RequestParam long versiId,
			@RequestParam Map<String, String> form, RedirectAttributes redirect) {
		Map<String, String> pemetaan = new LinkedHashMap<>();
		form.forEach((k, v) -> {
			if (k.startsWith("peta[") && k.endsWith("]") && v != null && !v.isBlank()) {
				pemetaan.put(k.substring(5, k.length() - 1), v);
			}
		});
		PengajuanView p = milikProdusen(id);
		String sheet = p.versi().stream().filter(v -> v.id() == versiId).findFirst().map(this::sheet).orElse(null);
		try {
			Unggahan u = unggahan.ulangi(id, version, versiId, new UnggahanService.OpsiImpor(sheet, pemetaan));
			return "redirect:/kelola/pengumpulan/unggahan/" + u.getUuid();
		}
		catch (UserFacingException e) {
			flash.error(redirect, e);
			return "redirect:/kelola/pengumpulan/pengajuan/" + id;
		}
	}

	@GetMapping("/unggahan/{uuid}")
	Object progress(@PathVariable String uuid, @RequestHeader(value = "Accept", required = false) String accept,
			Model model) {
		Unggahan u = unggahan.unggahan(uuid).orElseThrow(NotFoundException::new);
		Unggahan.Status status = u.statusSaatIni(clock.instant());
		String pesan = status == Unggahan.Status.GAGAL ? pesanGalat(u) : null;
		String selesai = "/kelola/pengumpulan/pengajuan/" + u.getPengajuanId() + "?unggahan=" + u.getUuid() + "#laporan";
		if (accept != null && accept.contains(MediaType.APPLICATION_JSON_VALUE)) {
			Map<String, Object> body = new LinkedHashMap<>();
			body.put("status", status.name());
			body.put("label", messages.get("pengumpulan.unggah.status." + status.name()));
			body.put("persen", status.persen());
			body.put("selesai", status.selesai());
			body.put("tautan", selesai);
			if (pesan != null) {
				body.put("galat", pesan);
			}
			return ResponseEntity.ok(body);
		}
		if (status == Unggahan.Status.SELESAI) {
			return "redirect:" + selesai;
		}
		model.addAttribute("u", u);
		model.addAttribute("status", status);
		model.addAttribute("pesan", pesan);
		model.addAttribute("tautan", selesai);
		return "pengumpulan/unggahan";
	}

	private String pesanGalat(Unggahan u) {
		if (u.getPesanGalat() == null) {
			return messages.get("pengumpulan.galat.terputus");
		}
		Map<String, Object> m = json.readValue(u.getPesanGalat(), MAP);
		Object args = m.get("args");
		Object[] a = args instanceof List<?> l ? l.toArray() : new Object[0];
		return messages.get(String.valueOf(m.get("key")), a);
	}

	@PostMapping("/pengajuan/{id}/metadata")
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
				: java.util.Arrays.stream(kataKunci.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
		try {
			pemeriksaan.simpanUsulan(id, version, new UsulanMetadata(blank(deskripsi), blank(satuan), blank(kontakNama),
					blank(kontakEmail), keywords, blank(catatanRilis)), justifikasi);
			flash.success(redirect, "pengumpulan.metadataTersimpan");
		}
		catch (UserFacingException e) {
			flash.error(redirect, e);
		}
		return "redirect:/kelola/pengumpulan/pengajuan/" + id + "#metadata";
	}

	@PostMapping("/pengajuan/{id}/ajukan")
	String submit(@PathVariable long id, @RequestParam long version, @RequestParam(required = false) String catatan,
			RedirectAttributes redirect) {
		try {
			pemeriksaan.jalankan(id, version, AksiPemeriksaan.AJUKAN, catatan, null);
			flash.success(redirect, "pengumpulan.diajukan");
		}
		catch (UserFacingException e) {
			flash.error(redirect, e);
		}
		return "redirect:/kelola/pengumpulan/pengajuan/" + id;
	}

	@PostMapping("/pengajuan/{id}/catatan")
	String note(@PathVariable long id, @RequestParam(required = false) String teks, RedirectAttributes redirect) {
		try {
			pemeriksaan.catat(id, null, null, teks);
		}
		catch (UserFacingException e) {
			flash.error(redirect, e);
		}
		return "redirect:/kelola/pengumpulan/pengajuan/" + id + "#catatan";
	}

	private PengajuanView milikProdusen(long id) {
		PengajuanView p = pemeriksaan.pengajuan(id).orElseThrow(NotFoundException::new);
		if (!p.peran().contains(PeranPemeriksaan.PRODUSEN)) {
			throw new NotFoundException();
		}
		return p;
	}

	private String sheet(PengajuanView.Versi v) {
		if (v.opsiImpor() == null) {
			return null;
		}
		Object s = json.readValue(v.opsiImpor(), MAP).get("sheet");
		return s == null ? null : s.toString();
	}

	private static String blank(String s) {
		return s == null || s.isBlank() ? null : s.strip();
	}

}
