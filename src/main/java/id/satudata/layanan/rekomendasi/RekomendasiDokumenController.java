package id.satudata.layanan.rekomendasi;

import org.springframework.core.io.InputStreamResource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;

import id.satudata.layanan.tiket.BerkasLayanan;
import id.satudata.layanan.tiket.RiwayatLayanan;

/**
 * The documents of a recommendation request: the Surat Permohonan (made from the letter's fields),
 * the recommendation letter as issued, the MS-Keg of the activity, and its attachments — for whoever
 * may see the request.
 */
@Controller
@RequestMapping("/kelola/rekomendasi/{nomor}")
@PreAuthorize("hasAnyRole('PRODUSEN_DATA', 'WALIDATA_PENDUKUNG', 'PEMBINA_DATA', 'WALIDATA', 'KEPALA_DINAS', "
		+ "'KEPALA_BIDANG', 'SUB_KOORDINATOR', 'PETUGAS_LAYANAN', 'ADMIN')")
class RekomendasiDokumenController {

	private final RekomendasiService service;
	private final BerkasLayanan berkas;

	RekomendasiDokumenController(RekomendasiService service, BerkasLayanan berkas) {
		this.service = service;
		this.berkas = berkas;
	}

	@GetMapping("/surat-permohonan.pdf")
	ResponseEntity<byte[]> suratPermohonan(@PathVariable String nomor) {
		return pdf(service.pdfPermohonan(nomor), "surat-permohonan-" + nomor + ".pdf");
	}

	@GetMapping("/surat-rekomendasi.pdf")
	ResponseEntity<byte[]> suratRekomendasi(@PathVariable String nomor) {
		return pdf(service.pdfRekomendasi(nomor), "surat-rekomendasi-" + nomor + ".pdf");
	}

	@GetMapping("/ms-keg.pdf")
	ResponseEntity<byte[]> msKegPdf(@PathVariable String nomor) {
		return pdf(service.pdfMsKeg(nomor), "ms-keg-" + nomor + ".pdf");
	}

	@GetMapping("/lampiran/{uuid}")
	ResponseEntity<InputStreamResource> lampiran(@PathVariable String nomor, @PathVariable String uuid) {
		Rekomendasi r = service.lihat(nomor);
		return berkas.download(berkas.lampiran(RiwayatLayanan.REKOMENDASI, r.getId(), uuid));
	}

	private static ResponseEntity<byte[]> pdf(byte[] isi, String nama) {
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline().filename(nama).build().toString())
			.contentType(MediaType.APPLICATION_PDF).body(isi);
	}

}
