package id.satudata.standar.sds;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.ContentDisposition;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import id.satudata.organisasi.OrganisasiDirectory;
import id.satudata.organisasi.UnitRef;
import id.satudata.shared.security.CurrentUser;
import id.satudata.shared.security.Penugasan;
import id.satudata.shared.security.Peran;
import id.satudata.shared.storage.TempFiles;
import id.satudata.shared.web.Flash;
import id.satudata.shared.web.Messages;

/**
 * Loading national standards from a file (the Pembina Data and administrators), with a report of
 * every problem by row and field when nothing was loaded; and the public download of the catalogue
 * in the same format.
 */
@Controller
class StandarImporController {

	private final StandarImporter importer;
	private final EksporSds ekspor;
	private final TempFiles tempFiles;
	private final CurrentUser currentUser;
	private final OrganisasiDirectory organisasi;
	private final Flash flash;
	private final Messages messages;

	/** A problem of the import report, in the reader's language. */
	record BarisGalat(long baris, String kolom, String pesan) {
	}

	StandarImporController(StandarImporter importer, EksporSds ekspor, TempFiles tempFiles, CurrentUser currentUser,
			OrganisasiDirectory organisasi, Flash flash, Messages messages) {
		this.messages = messages;
		this.importer = importer;
		this.ekspor = ekspor;
		this.tempFiles = tempFiles;
		this.currentUser = currentUser;
		this.organisasi = organisasi;
		this.flash = flash;
	}

	@GetMapping("/kelola/standar-data/impor")
	@PreAuthorize("hasAnyRole('ADMIN', 'PEMBINA_DATA')")
	String form() {
		return "standar/usulan/impor";
	}

	@PostMapping("/kelola/standar-data/impor")
	@PreAuthorize("hasAnyRole('ADMIN', 'PEMBINA_DATA')")
	String upload(@RequestParam(required = false) MultipartFile berkas, Model model, RedirectAttributes redirect) {
		currentUser.requireAny(Peran.ADMIN, Peran.PEMBINA_DATA);
		if (berkas == null || berkas.isEmpty()) {
			flash.error(redirect, "impor.galat.tanpaBerkas");
			return "redirect:/kelola/standar-data/impor";
		}
		String name = berkas.getOriginalFilename() == null ? "" : berkas.getOriginalFilename().toLowerCase(Locale.ROOT);
		if (!name.endsWith(".json") && !name.endsWith(".csv") && !name.endsWith(".xlsx") && !name.endsWith(".txt")) {
			flash.error(redirect, "sds.impor.format");
			return "redirect:/kelola/standar-data/impor";
		}
		Path file = tempFiles.save(berkas);
		try {
			Penugasan p = currentUser.require().getPenugasan().stream()
				.filter(x -> x.peran() == Peran.PEMBINA_DATA).findFirst().orElse(null);
			String pemilik = p == null ? "" : p.unitId() == null ? organisasi.organisasi(p.organisasiId()).map(o -> o.nama()).orElse("")
					: organisasi.unit(p.unitId()).map(UnitRef::nama).orElse("");
			StandarImporter.Hasil hasil = importer.impor(file, name, pemilik, p == null ? null : p.organisasiId());
			if (!hasil.ok()) {
				model.addAttribute("hasil", hasil);
				model.addAttribute("galat", hasil.galat().stream()
					.map(g -> new BarisGalat(g.baris(), g.kolom(), messages.get(g.pesanKey(), g.args()))).toList());
				model.addAttribute("namaBerkas", berkas.getOriginalFilename());
				return "standar/usulan/impor";
			}
			flash.success(redirect, "sds.impor.sukses", hasil.baru(), hasil.versiBaru(), hasil.sama());
			return "redirect:/standar-data";
		}
		finally {
			tempFiles.delete(file);
		}
	}

	@GetMapping("/standar-data/ekspor.json")
	void exportJson(HttpServletResponse response) throws IOException {
		response.setContentType("application/json");
		response.setHeader("Content-Disposition", ContentDisposition.attachment().filename("standar-data.json").build().toString());
		try (OutputStream out = response.getOutputStream()) {
			ekspor.writeJson(out);
		}
	}

	@GetMapping("/standar-data/ekspor.csv")
	void exportCsv(HttpServletResponse response) throws IOException {
		response.setContentType("text/csv;charset=UTF-8");
		response.setHeader("Content-Disposition", ContentDisposition.attachment().filename("standar-data.csv").build().toString());
		try (OutputStream out = response.getOutputStream()) {
			ekspor.writeCsv(out);
		}
	}

}
