package id.satudata.pengumpulan.unggahan;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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

import id.satudata.datastore.Reshape;
import id.satudata.pemeriksaan.PengajuanView;
import id.satudata.pengumpulan.internal.AksesProdusen;
import id.satudata.shared.tabular.TableShaper;
import id.satudata.shared.web.Flash;
import id.satudata.shared.web.Messages;
import id.satudata.shared.web.NotFoundException;
import id.satudata.shared.web.UserFacingException;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Uploading a file to a submission ({@code /kelola/pengumpulan/pengajuan/{id}/unggah}), checking the
 * newest upload again with a header mapping ({@code …/pemetaan}), and following a check in progress
 * ({@code /kelola/pengumpulan/unggahan/{uuid}}, a page or JSON for the browser's progress bar).
 */
@Controller
@RequestMapping("/kelola/pengumpulan")
@PreAuthorize("hasRole('PRODUSEN_DATA')")
class UnggahanController {

	private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {
	};

	private final UnggahanService unggahan;
	private final AksesProdusen akses;
	private final Flash flash;
	private final Messages messages;
	private final JsonMapper json;
	private final Clock clock;
	private final LangkahBentukTabel bentukTabel;

	UnggahanController(UnggahanService unggahan, AksesProdusen akses, Flash flash, Messages messages, JsonMapper json,
			Clock clock, LangkahBentukTabel bentukTabel) {
		this.bentukTabel = bentukTabel;
		this.unggahan = unggahan;
		this.akses = akses;
		this.flash = flash;
		this.messages = messages;
		this.json = json;
		this.clock = clock;
	}

	@PostMapping("/pengajuan/{id}/unggah")
	Object upload(@PathVariable long id, @RequestParam long version, @RequestParam(required = false) MultipartFile berkas,
			@RequestParam(required = false) String sheet,
			@RequestHeader(value = "Accept", required = false) String accept, RedirectAttributes redirect) {
		if (accept != null && accept.contains(MediaType.APPLICATION_JSON_VALUE)) {
			// the browser's upload script: the answer is JSON, not a page
			try {
				return ResponseEntity.accepted().body(Map.of("status", tautan(mulai(id, version, berkas, sheet))));
			}
			catch (UserFacingException e) {
				return ResponseEntity.status(e.getStatus()).body(Map.of("galat", messages.get(e)));
			}
		}
		return flash.attempt(redirect, () -> tautan(mulai(id, version, berkas, sheet)), "/kelola/pengumpulan/pengajuan/" + id);
	}

	private Unggahan mulai(long id, long version, MultipartFile berkas, String sheet) {
		if (berkas == null || berkas.isEmpty()) {
			throw new UserFacingException("pengumpulan.galat.berkasKosong");
		}
		try (InputStream in = berkas.getInputStream()) {
			return unggahan.unggah(id, version, berkas.getOriginalFilename(), in, new UnggahanService.OpsiImpor(sheet, Map.of()));
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static String tautan(Unggahan u) {
		return "/kelola/pengumpulan/unggahan/" + u.getUuid();
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
		PengajuanView p = akses.pengajuan(id);
		UnggahanService.OpsiImpor opsi = p.versi().stream().filter(v -> v.id() == versiId).findFirst().map(this::opsi)
			.orElseThrow(NotFoundException::new).denganPemetaan(pemetaan);
		return flash.attempt(redirect, () -> {
			Unggahan u = unggahan.ulangi(id, version, versiId, opsi);
			unggahan.simpanProfil(p.datasetId(), opsi);
			return tautan(u);
		}, "/kelola/pengumpulan/pengajuan/" + id);
	}

	/**
	 * Checks the newest upload again with the table's shape changed as its check proposed (wide to long or
	 * back); the proposal is read from that upload's findings, not from the form. {@code batal} drops a
	 * shape confirmed before.
	 */
	@PostMapping("/pengajuan/{id}/bentuk-tabel")
	String reshape(@PathVariable long id, @RequestParam long version, @RequestParam long versiId,
			@RequestParam(defaultValue = "false") boolean batal, RedirectAttributes redirect) {
		PengajuanView p = akses.pengajuan(id);
		PengajuanView.Versi v = p.versi().stream().filter(x -> x.id() == versiId).findFirst()
			.orElseThrow(NotFoundException::new);
		Reshape bentuk = batal ? null
				: bentukTabel.usulan(id, v.nomor()).orElseThrow(() -> new UserFacingException("pengumpulan.bentuk.tidakAda"));
		UnggahanService.OpsiImpor opsi = opsi(v).denganBentuk(bentuk);
		return flash.attempt(redirect, () -> tautan(unggahan.ulangi(id, version, versiId, opsi)),
				"/kelola/pengumpulan/pengajuan/" + id);
	}

	/**
	 * Checks the newest upload again with the codes the producer chose for names that did not match one
	 * code by themselves (fields {@code kolom<i>}, {@code nama<i>}, {@code kode<i>}); the choices are kept
	 * with the upload's options, with the earlier ones and the header mapping.
	 */
	@PostMapping("/pengajuan/{id}/nama-kode")
	String nameCodes(@PathVariable long id, @RequestParam long version, @RequestParam long versiId,
			@RequestParam Map<String, String> form, RedirectAttributes redirect) {
		PengajuanView p = akses.pengajuan(id);
		UnggahanService.OpsiImpor before = p.versi().stream().filter(v -> v.id() == versiId).findFirst()
			.map(this::opsi).orElseThrow(NotFoundException::new);
		Map<String, Map<String, String>> kodeNama = new LinkedHashMap<>();
		before.kodeNama().forEach((k, v) -> kodeNama.put(k, new LinkedHashMap<>(v)));
		form.forEach((k, v) -> {
			if (k.startsWith("nama") && v != null) {
				String i = k.substring(4);
				String kolom = form.get("kolom" + i);
				String kode = form.get("kode" + i);
				if (kolom != null && kode != null && !kode.isBlank()) {
					kodeNama.computeIfAbsent(kolom, x -> new LinkedHashMap<>()).put(v, kode.strip());
				}
			}
		});
		UnggahanService.OpsiImpor opsi = before.denganKodeNama(kodeNama);
		return flash.attempt(redirect, () -> {
			Unggahan u = unggahan.ulangi(id, version, versiId, opsi);
			// the codes chosen for names apply to the next period's file too
			unggahan.simpanProfil(p.datasetId(), opsi);
			return tautan(u);
		}, "/kelola/pengumpulan/pengajuan/" + id);
	}

	private UnggahanService.OpsiImpor opsi(PengajuanView.Versi v) {
		return unggahan.opsiVersi(v);
	}

	/**
	 * The table found in the newest version's file, marked row by row (header, data, total, note, title,
	 * another table, left out), with the producer's corrections so far ({@code tabel}, {@code kepala},
	 * {@code jumlahKepala}, {@code k}: labels left out, {@code s}: labels taken as data) when given.
	 */
	@GetMapping("/pengajuan/{id}/pratinjau")
	String preview(@PathVariable long id, @RequestParam(required = false) Integer tabel,
			@RequestParam(required = false) Long kepala, @RequestParam(required = false) Integer jumlahKepala,
			@RequestParam(name = "k", required = false) List<String> keluar,
			@RequestParam(name = "s", required = false) List<String> masuk, Model model) {
		akses.pengajuan(id);
		UnggahanService.OpsiImpor pilihan = null;
		if (tabel != null) {
			UnggahanService.OpsiImpor before = unggahan.opsiVersi(akses.pengajuan(id).versiTerkini()
				.orElseThrow(NotFoundException::new));
			pilihan = before.denganTabel(tabel, kepala == null ? 0 : kepala, jumlahKepala == null ? 0 : jumlahKepala,
					keluar == null ? java.util.Set.of() : new java.util.HashSet<>(keluar),
					masuk == null ? java.util.Set.of() : new java.util.HashSet<>(masuk), before.ditinjau());
		}
		UnggahanService.Pratinjau pr;
		try {
			pr = unggahan.pratinjau(id, pilihan);
		}
		catch (UserFacingException e) {
			model.addAttribute("galatPratinjau", messages.get(e));
			pr = null;
		}
		model.addAttribute("pr", pr);
		model.addAttribute("p", akses.pengajuan(id));
		return "pengumpulan/pratinjau";
	}

	/**
	 * The producer's corrections in the preview: {@code aksi=lihat} shows the table again with them,
	 * {@code aksi=terima} accepts it (kept as the dataset's import profile; the file checked again when
	 * the table changed). Rows: {@code ambil} lists the rows to take; {@code label<n>} and
	 * {@code jenis<n>} name each row shown.
	 */
	@PostMapping("/pengajuan/{id}/pratinjau")
	String previewChoices(@PathVariable long id, @RequestParam long version, @RequestParam long versiId,
			@RequestParam(defaultValue = "1") int tabel, @RequestParam(defaultValue = "0") long kepala,
			@RequestParam(defaultValue = "0") int jumlahKepala,
			@RequestParam(name = "ambil", required = false) List<Long> ambil,
			@RequestParam(defaultValue = "lihat") String aksi, @RequestParam Map<String, String> form,
			RedirectAttributes redirect) {
		PengajuanView p = akses.pengajuan(id);
		UnggahanService.OpsiImpor before = p.versi().stream().filter(v -> v.id() == versiId).findFirst()
			.map(this::opsi).orElseThrow(NotFoundException::new);
		java.util.Set<String> keluar = new java.util.TreeSet<>(before.kecualikan());
		java.util.Set<String> masuk = new java.util.TreeSet<>(before.sertakan());
		java.util.Set<Long> diambil = ambil == null ? java.util.Set.of() : new java.util.HashSet<>(ambil);
		form.forEach((k, label) -> {
			if (!k.startsWith("label") || label == null || label.isBlank()) {
				return;
			}
			String n = k.substring(5);
			String jenis = form.getOrDefault("jenis" + n, "");
			String key = TableShaper.Choices.key(label);
			boolean taken = n.matches("\\d+") && diambil.contains(Long.parseLong(n));
			if (taken) {
				keluar.remove(key);
				if (jenis.equals("JUMLAH") || jenis.equals("CATATAN")) {
					masuk.add(key);
				}
			}
			else if (jenis.equals("DATA") || jenis.equals("DIKECUALIKAN")) {
				keluar.add(key);
				masuk.remove(key);
			}
			else if (jenis.equals("JUMLAH") || jenis.equals("CATATAN")) {
				masuk.remove(key);
			}
		});
		UnggahanService.OpsiImpor pilihan = before.denganTabel(tabel, kepala, jumlahKepala, keluar, masuk,
				"terima".equals(aksi));
		if (!"terima".equals(aksi)) {
			org.springframework.web.util.UriComponentsBuilder b = org.springframework.web.util.UriComponentsBuilder
				.fromPath("/kelola/pengumpulan/pengajuan/" + id + "/pratinjau").queryParam("tabel", pilihan.tabel())
				.queryParam("kepala", pilihan.barisKepala()).queryParam("jumlahKepala", pilihan.jumlahBarisKepala());
			pilihan.kecualikan().forEach(x -> b.queryParam("k", x));
			pilihan.sertakan().forEach(x -> b.queryParam("s", x));
			return "redirect:" + b.encode().build().toUriString();
		}
		return flash.attempt(redirect, () -> {
			Unggahan u = unggahan.terimaTabel(id, version, versiId, pilihan);
			return u == null ? "/kelola/pengumpulan/pengajuan/" + id + "#laporan" : tautan(u);
		}, "/kelola/pengumpulan/pengajuan/" + id + "/pratinjau");
	}

	@GetMapping("/unggahan/{uuid}")
	Object progress(@PathVariable String uuid, @RequestHeader(value = "Accept", required = false) String accept,
			Model model) {
		Unggahan u = unggahan.unggahan(uuid).orElseThrow(NotFoundException::new);
		Unggahan.Status status = u.statusSaatIni(clock.instant());
		String pesan = status == Unggahan.Status.GAGAL ? pesanGalat(u) : null;
		String selesai = u.isPratinjau() && status == Unggahan.Status.SELESAI
				? "/kelola/pengumpulan/pengajuan/" + u.getPengajuanId() + "/pratinjau"
				: "/kelola/pengumpulan/pengajuan/" + u.getPengajuanId() + "?unggahan=" + u.getUuid() + "#laporan";
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

}
