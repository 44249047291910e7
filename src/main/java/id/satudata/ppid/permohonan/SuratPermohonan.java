package id.satudata.ppid.permohonan;

import java.io.ByteArrayOutputStream;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

import id.satudata.organisasi.OrganisasiDirectory;
import id.satudata.shared.pdf.Kop;
import id.satudata.shared.pdf.PdfRenderer;
import id.satudata.shared.web.UserFacingException;

/**
 * The written notices to the requester (Perki 1/2021), as PDF in Bahasa Indonesia whatever the
 * reader's language (they are letters of government): the <b>pemberitahuan tertulis</b> of a
 * granted request (what is given, how, and until when access lasts), the <b>surat keputusan
 * penolakan</b> of a refused one (the Pasal 17 ground, the consequence test, the right to object
 * within 30 working days), and the superior's <b>tanggapan atas keberatan</b> (with the way to the
 * Komisi Informasi when refused). Rendered from the request as decided; the requester gets it from
 * "Permohonan saya" (the e-mail notice links there), the PPID from the register.
 */
@Component
class SuratPermohonan {

	static final Locale INDONESIA = Locale.forLanguageTag("id");

	private final PdfRenderer pdf;
	private final OrganisasiDirectory organisasi;

	SuratPermohonan(PdfRenderer pdf, OrganisasiDirectory organisasi) {
		this.pdf = pdf;
		this.organisasi = organisasi;
	}

	/** Whether a notice exists for the request's state. */
	static boolean ada(Permohonan p) {
		return p.getDiputusPada() != null;
	}

	byte[] surat(Permohonan p) {
		if (!ada(p)) {
			throw new UserFacingException(HttpStatus.NOT_FOUND, "ppid.galat.belumDiputus");
		}
		Map<String, Object> model = new HashMap<>();
		String namaOrganisasi = organisasi.organisasi(p.getOrganisasiId()).map(o -> o.nama()).orElse("");
		model.put("p", p);
		model.put("kop", new Kop(namaOrganisasi, "Pejabat Pengelola Informasi dan Dokumentasi", null));
		model.put("badanPublik", namaOrganisasi);
		ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
		pdf.render("ppid/dokumen/pemberitahuan", model, INDONESIA, out);
		return out.toByteArray();
	}

}
