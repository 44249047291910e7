package id.satudata.audit.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.time.format.DateTimeFormatter;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import id.satudata.shared.kalender.KalenderProperties;
import id.satudata.shared.tabular.TableWriter;

/** The administrator's view of the audit trail: filter, page, export. */
@Controller
@RequestMapping("/kelola/admin/audit")
@PreAuthorize("hasRole('ADMIN')")
class AuditController {

	private static final int PAGE_SIZE = 50;
	private static final int EXPORT_LIMIT = 100_000;

	private final AuditEntryRepository repository;
	private final KalenderProperties kalender;

	AuditController(AuditEntryRepository repository, KalenderProperties kalender) {
		this.repository = repository;
		this.kalender = kalender;
	}

	@GetMapping
	String list(@ModelAttribute("filter") AuditFilter filter, @RequestParam(defaultValue = "0") int page, Model model) {
		Page<AuditEntry> entries = repository.findAll(filter.toSpecification(kalender.zone()),
				PageRequest.of(Math.max(page, 0), PAGE_SIZE, Sort.by(Sort.Order.desc("waktu"), Sort.Order.desc("id"))));
		model.addAttribute("entries", entries);
		model.addAttribute("zone", kalender.zone());
		return "audit/daftar";
	}

	@GetMapping("/ekspor.csv")
	void export(@ModelAttribute("filter") AuditFilter filter, HttpServletResponse response) throws IOException {
		response.setContentType("text/csv; charset=UTF-8");
		response.setHeader("Content-Disposition", "attachment; filename=\"audit.csv\"");
		DateTimeFormatter time = DateTimeFormatter.ISO_OFFSET_DATE_TIME.withZone(kalender.zone());
		Page<AuditEntry> entries = repository.findAll(filter.toSpecification(kalender.zone()),
				PageRequest.of(0, EXPORT_LIMIT, Sort.by(Sort.Order.desc("waktu"), Sort.Order.desc("id"))));
		try (OutputStream out = response.getOutputStream(); TableWriter writer = TableWriter.csv(out)) {
			writer.header(List.of("waktu", "pelaku", "aksi", "objek_tipe", "objek_id", "ringkasan", "alamat_ip"));
			for (AuditEntry e : entries) {
				writer.row(List.of(time.format(e.getWaktu()), e.getPelaku(), e.getAksi(), nz(e.getObjekTipe()),
						nz(e.getObjekId()), nz(e.getRingkasan()), nz(e.getAlamatIp())));
			}
		}
	}

	private static String nz(String s) {
		return s == null ? "" : s;
	}

}
