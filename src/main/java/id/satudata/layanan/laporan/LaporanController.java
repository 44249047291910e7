package id.satudata.layanan.laporan;

import java.io.ByteArrayOutputStream;
import java.time.Clock;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import id.satudata.layanan.internal.LayananAkses;
import id.satudata.layanan.tiket.JamLayanan;
import id.satudata.shared.kalender.WorkingCalendar;
import id.satudata.shared.pdf.Kop;
import id.satudata.shared.pdf.PdfRenderer;
import id.satudata.shared.web.InvalidFieldException;
import id.satudata.shared.web.Waktu;

/**
 * The monthly SLA report ({@code /kelola/laporan-layanan}) and the monthly evaluation of the
 * service staff ({@code /kelola/evaluasi-layanan}, also as PDF and XLSX), for the desk's leaders and
 * administrators.
 */
@Controller
@PreAuthorize("hasAnyRole('KEPALA_DINAS', 'KEPALA_BIDANG', 'SUB_KOORDINATOR', 'ADMIN')")
class LaporanController {

	private final LaporanLayanan laporan;
	private final EvaluasiLayanan evaluasi;
	private final EvaluasiXlsx xlsx;
	private final PdfRenderer pdf;
	private final LayananAkses akses;
	private final JamLayanan jam;
	private final Waktu waktu;
	private final WorkingCalendar calendar;
	private final Clock clock;

	LaporanController(LaporanLayanan laporan, EvaluasiLayanan evaluasi, EvaluasiXlsx xlsx, PdfRenderer pdf,
			LayananAkses akses, JamLayanan jam, Waktu waktu, WorkingCalendar calendar, Clock clock) {
		this.laporan = laporan;
		this.evaluasi = evaluasi;
		this.xlsx = xlsx;
		this.pdf = pdf;
		this.akses = akses;
		this.jam = jam;
		this.waktu = waktu;
		this.calendar = calendar;
		this.clock = clock;
	}

	@GetMapping("/kelola/laporan-layanan")
	String laporan(@RequestParam(required = false) String bulan, @RequestParam(required = false) Long organisasiId,
			Model model) {
		YearMonth b = bulan(bulan);
		long org = laporan.organisasi(organisasiId).id();
		model.addAttribute("l", laporan.laporan(org, b));
		pilihan(model, b, org);
		return "layanan/kelola/laporan";
	}

	@GetMapping("/kelola/evaluasi-layanan")
	String evaluasi(@RequestParam(required = false) String bulan, @RequestParam(required = false) Long organisasiId,
			Model model) {
		YearMonth b = bulan(bulan);
		long org = laporan.organisasi(organisasiId).id();
		model.addAttribute("e", evaluasi.evaluasi(org, b));
		pilihan(model, b, org);
		return "layanan/kelola/evaluasi";
	}

	@GetMapping("/kelola/evaluasi-layanan/pdf")
	ResponseEntity<byte[]> evaluasiPdf(@RequestParam(required = false) String bulan,
			@RequestParam(required = false) Long organisasiId) {
		YearMonth b = bulan(bulan);
		long org = laporan.organisasi(organisasiId).id();
		EvaluasiBulanan e = evaluasi.evaluasi(org, b);
		Map<String, Object> model = new HashMap<>();
		model.put("e", e);
		model.put("l", e.ringkasan());
		model.put("kop", new Kop(e.ringkasan().namaOrganisasi(), akses.namaDinas(org), null));
		model.put("jam", jam);
		model.put("waktu", waktu);
		return unduh(pdf.render("layanan/dokumen/evaluasi", model), nama(b, "pdf"), MediaType.APPLICATION_PDF);
	}

	@GetMapping("/kelola/evaluasi-layanan/xlsx")
	ResponseEntity<byte[]> evaluasiXlsx(@RequestParam(required = false) String bulan,
			@RequestParam(required = false) Long organisasiId) {
		YearMonth b = bulan(bulan);
		long org = laporan.organisasi(organisasiId).id();
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		xlsx.tulis(evaluasi.evaluasi(org, b), out);
		return unduh(out.toByteArray(), nama(b, "xlsx"),
				MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"));
	}

	private void pilihan(Model model, YearMonth b, long org) {
		model.addAttribute("jam", jam);
		model.addAttribute("bulan", b.toString());
		model.addAttribute("organisasiId", org);
		model.addAttribute("organisasiPilihan", akses.organisasiLaporan());
		model.addAttribute("tautanPdf", "/kelola/evaluasi-layanan/pdf?bulan=" + b + "&organisasiId=" + org);
		model.addAttribute("tautanXlsx", "/kelola/evaluasi-layanan/xlsx?bulan=" + b + "&organisasiId=" + org);
		model.addAttribute("tautanEvaluasi", "/kelola/evaluasi-layanan?bulan=" + b + "&organisasiId=" + org);
		model.addAttribute("tautanLaporan", "/kelola/laporan-layanan?bulan=" + b + "&organisasiId=" + org);
	}

	private YearMonth bulan(String bulan) {
		if (bulan == null || bulan.isBlank()) {
			return YearMonth.now(clock.withZone(calendar.zone()));
		}
		try {
			return YearMonth.parse(bulan.strip());
		}
		catch (DateTimeParseException e) {
			throw new InvalidFieldException("bulan", "layanan.galat.bulan");
		}
	}

	private static String nama(YearMonth b, String ext) {
		return "evaluasi-layanan-" + b.toString().toLowerCase(Locale.ROOT) + "." + ext;
	}

	private static ResponseEntity<byte[]> unduh(byte[] isi, String nama, MediaType tipe) {
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(nama).build().toString())
			.contentType(tipe).body(isi);
	}

}
