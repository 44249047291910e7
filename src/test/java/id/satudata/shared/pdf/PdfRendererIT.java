package id.satudata.shared.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.i18n.LocaleContextHolder;

import id.satudata.test.IntegrationTest;

@IntegrationTest
class PdfRendererIT {

	@Autowired
	PdfRenderer pdf;

	@Test
	void rendersAnOfficialDocumentWithLetterheadMessagesAndPageNumbers() throws Exception {
		LocaleContextHolder.setLocale(Locale.forLanguageTag("id"));
		try {
			byte[] bytes = pdf.render("dokumen/uji", Map.of("kop",
					new Kop("Pemerintah Provinsi Kepulauan Bangka Belitung", "Dinas Komunikasi dan Informatika",
							"Jl. Pulau Bangka, Air Itam, Pangkalpinang"),
					"nomor", "Nomor: 000.5/123/DISKOMINFO/2026", "isi", "Rapat <script>alert(1)</script> Forum", "baris", 80));
			assertThat(new String(bytes, 0, 5)).isEqualTo("%PDF-");
			try (PDDocument doc = Loader.loadPDF(bytes)) {
				assertThat(doc.getNumberOfPages()).as("80 lines do not fit on one A4 page").isGreaterThan(1);
				String text = new PDFTextStripper().getText(doc);
				assertThat(text).contains("PEMERINTAH PROVINSI KEPULAUAN BANGKA BELITUNG")
					.contains("Nomor: 000.5/123/DISKOMINFO/2026")
					.contains("NOTIFIKASI")
					.containsPattern("Halaman\\s+1\\s+dari\\s+" + doc.getNumberOfPages())
					// text is escaped, not interpreted
					.contains("Rapat <script>alert(1)</script> Forum")
					.contains("Baris ke-80 & <b>");
				assertThat(doc.getPage(0).getMediaBox().getWidth()).isBetween(594f, 596f); // A4: 595 pt
			}
		}
		finally {
			LocaleContextHolder.resetLocaleContext();
		}
	}

}
