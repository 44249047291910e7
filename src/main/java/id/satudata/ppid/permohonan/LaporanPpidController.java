package id.satudata.ppid.permohonan;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import id.satudata.shared.pdf.PdfRenderer;

/** The PPID's monthly and yearly reports {@code /kelola/ppid/laporan} as a page, PDF and XLSX. */
@Controller
@RequestMapping("/kelola/ppid/laporan")
@PreAuthorize("hasAnyRole('PPID', 'KEPALA_DINAS')")
class LaporanPpidController {

	private final LaporanPpid laporan;
	private final LaporanPpidXlsx xlsx;
	private final PdfRenderer pdf;

	LaporanPpidController(LaporanPpid laporan, LaporanPpidXlsx xlsx, PdfRenderer pdf) {
		this.laporan = laporan;
		this.xlsx = xlsx;
		this.pdf = pdf;
	}

	@GetMapping
	String halaman(@RequestParam(required = false) Integer tahun, @RequestParam(required = false) Integer bulan,
			Model model) {
		LaporanPpid.Laporan l = laporan.laporan(tahun, bulan);
		model.addAttribute("l", l);
		model.addAttribute("periode", xlsx.periode(l, LocaleContextHolder.getLocale()));
		model.addAttribute("alasanPilihan", AlasanPengecualian.values());
		model.addAttribute("unduh", "tahun=" + l.tahun() + (l.bulan() == null ? "" : "&bulan=" + l.bulan()));
		return "ppid/laporan";
	}

	@GetMapping("/laporan.xlsx")
	ResponseEntity<byte[]> unduhXlsx(@RequestParam(required = false) Integer tahun,
			@RequestParam(required = false) Integer bulan) {
		LaporanPpid.Laporan l = laporan.laporan(tahun, bulan);
		return berkas(xlsx.tulis(l, LocaleContextHolder.getLocale()), nama(l, "xlsx"),
				MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"));
	}

	@GetMapping("/laporan.pdf")
	ResponseEntity<byte[]> unduhPdf(@RequestParam(required = false) Integer tahun,
			@RequestParam(required = false) Integer bulan) {
		LaporanPpid.Laporan l = laporan.laporan(tahun, bulan);
		Locale locale = LocaleContextHolder.getLocale();
		Map<String, Object> model = new HashMap<>();
		model.put("l", l);
		model.put("periode", xlsx.periode(l, locale));
		model.put("alasanPilihan", AlasanPengecualian.values());
		model.put("kop", null);
		return berkas(pdf.render("ppid/dokumen/laporan", model), nama(l, "pdf"), MediaType.APPLICATION_PDF);
	}

	private static String nama(LaporanPpid.Laporan l, String ext) {
		return "laporan-ppid-" + l.tahun() + (l.bulan() == null ? "" : String.format("-%02d", l.bulan())) + "." + ext;
	}

	private static ResponseEntity<byte[]> berkas(byte[] isi, String nama, MediaType type) {
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(nama).build().toString())
			.contentType(type).body(isi);
	}

}
