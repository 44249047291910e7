package id.satudata.perencanaan.monitoring;

import java.io.IOException;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import id.satudata.organisasi.OrganisasiDirectory;
import id.satudata.organisasi.OrganisasiRef;
import id.satudata.perencanaan.daftardata.DaftarData;
import id.satudata.shared.web.NotFoundException;

/**
 * The usage figures of an organization's datasets in a year, per dataset and month, as CSV or XLSX:
 * linked from the public and the back-office dashboards, with only the datasets the caller may see.
 */
@Controller
class PenggunaanEksporController {

	private final PenggunaanMonitoring penggunaan;
	private final OrganisasiDirectory organisasi;

	PenggunaanEksporController(PenggunaanMonitoring penggunaan, OrganisasiDirectory organisasi) {
		this.penggunaan = penggunaan;
		this.organisasi = organisasi;
	}

	@GetMapping("/monitoring/penggunaan.{format}")
	void ekspor(@PathVariable String format, @RequestParam int tahun, @RequestParam long organisasi,
			HttpServletResponse response) throws IOException {
		if (!format.equals("csv") && !format.equals("xlsx") || tahun < DaftarData.TAHUN_MIN
				|| tahun > DaftarData.TAHUN_MAKS) {
			throw new NotFoundException();
		}
		OrganisasiRef org = this.organisasi.organisasi(organisasi).filter(OrganisasiRef::aktif)
			.orElseThrow(NotFoundException::new);
		boolean xlsx = format.equals("xlsx");
		response.setContentType(xlsx ? "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
				: "text/csv;charset=UTF-8");
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
			.filename("penggunaan-" + tahun + "-" + org.kodeWilayah() + "." + format).build().toString());
		response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
		penggunaan.ekspor(org.id(), tahun, xlsx, response.getOutputStream());
	}

}
