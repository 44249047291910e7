package id.satudata.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;

import id.satudata.test.Browser;
import id.satudata.test.BrowserTest;
import id.satudata.test.Demo;

/**
 * A refusal and an objection, in real browsers: a citizen asks the PPID page for information
 * described in words; the PPID registers it and refuses it, which the form allows only with a
 * UU KIP Pasal 17 ground and the consequence test; the citizen reads the ground and the objection
 * deadline and objects within it (a Pasal 35 ground); the PPID cannot answer the objection, the
 * Kepala Dinas (the PPID's superior) does; the citizen reads the answer, the way to the Komisi
 * Informasi and the written answer (PDF).
 */
@BrowserTest
class PemohonMengajukanKeberatanBrowserIT {

	@LocalServerPort
	int port;

	@Test
	void refusalObjectionAndTheSuperiorsAnswer() throws Exception {
		try (Browser warga = new Browser(port)) {
			// the citizen files a request from the PPID page, for the provincial government
			warga.login(Demo.PENGGUNA, Demo.PASSWORD);
			warga.open("/ppid");
			PemohonMendapatAksesTerbatasBrowserIT.klik(warga, warga.find("#ajukan-informasi"));
			warga.waitFor("#form-permohonan");
			Select badan = new Select(warga.find("#organisasiId"));
			WebElement provinsi = badan.getOptions().stream()
				.filter(o -> o.getText().strip().equals("Pemerintah Provinsi Kepulauan Bangka Belitung")).findFirst().orElseThrow();
			badan.selectByValue(provinsi.getAttribute("value"));
			isi(warga, "#nama", "Budi Santoso");
			isi(warga, "#nomorIdentitas", "1971021203850001");
			isi(warga, "#alamat", "Jl. Sungailiat 7, Bangka");
			isi(warga, "#telepon", "081399988877");
			isi(warga, "#surel", "budi.santoso@example.org");
			isi(warga, "#rincian", "Daftar nama penerima bantuan sosial tahun 2025 beserta alamatnya.");
			isi(warga, "#tujuan", "Pengawasan penyaluran bantuan sosial.");
			PemohonMendapatAksesTerbatasBrowserIT.klik(warga, warga.find("#persetujuan"));
			PemohonMendapatAksesTerbatasBrowserIT.klik(warga, warga.find("#kirim-permohonan"));
			new WebDriverWait(warga.driver(), Duration.ofSeconds(15))
				.until(x -> x.getCurrentUrl().contains("/kelola/permohonan-saya/PPID-"));
			String nomor = warga.find("#nomor-permohonan").getText();

			// the PPID registers it and refuses it: not without a ground, then with Pasal 17 huruf h and the test
			try (Browser ppid = new Browser(port)) {
				ppid.login(Demo.PPID, Demo.PASSWORD);
				ppid.open("/kelola/ppid/" + nomor);
				PemohonMendapatAksesTerbatasBrowserIT.klik(ppid, ppid.find("#aksi-REGISTRASI"));
				ppid.waitForText("#status-permohonan", "Diproses");
				isi(ppid, "#ujiKonsekuensi", "Tanpa alasan pasal.");
				PemohonMendapatAksesTerbatasBrowserIT.klik(ppid, ppid.find("#aksi-TOLAK"));
				ppid.waitForText("main", "Penolakan harus menyebut alasan pengecualian (UU KIP Pasal 17)");
				assertThat(ppid.find("#status-permohonan").getText()).isEqualTo("Diproses");
				ppid.screenshot("ppid-10-tolak-tanpa-alasan");
				new Select(ppid.find("#alasanPengecualian")).selectByValue("PASAL_17_H");
				isi(ppid, "#ujiKonsekuensi", "Nama dan alamat penerima adalah data pribadi; membukanya merugikan penerima "
						+ "lebih besar daripada manfaatnya. Rekap per kecamatan dapat diberikan.");
				PemohonMendapatAksesTerbatasBrowserIT.klik(ppid, ppid.find("#aksi-TOLAK"));
				ppid.waitForText("#status-permohonan", "Ditolak");
				assertThat(ppid.find("#alasan-pengecualian").getText()).contains("Pasal 17 huruf h");
			}

			// the citizen reads the ground and the consequence test, and objects within the deadline
			warga.open("/kelola/permohonan-saya/" + nomor);
			assertThat(warga.find("#status-permohonan").getText()).isEqualTo("Ditolak");
			assertThat(warga.find("#keputusan").getText()).contains("Pasal 17 huruf h", "Rekap per kecamatan dapat diberikan");
			assertThat(warga.find("#form-keberatan").getText()).containsPattern("Keberatan dapat diajukan sampai \\d+ ");
			assertThat(warga.find("#unduh-surat").getAttribute("href")).endsWith("/kelola/permohonan-saya/" + nomor + "/surat.pdf");
			PemohonMendapatAksesTerbatasBrowserIT.lihat(warga, "#riwayat-permohonan");
			warga.screenshot("ppid-11-ditolak-pemohon");
			new Select(warga.find("#alasanKeberatan")).selectByValue("PASAL_35_A");
			isi(warga, "#uraian", "Saya hanya memerlukan jumlah penerima per desa, tanpa nama.");
			PemohonMendapatAksesTerbatasBrowserIT.klik(warga, warga.find("#aksi-AJUKAN_KEBERATAN"));
			warga.waitForText("#status-permohonan", "Keberatan diajukan");
			assertThat(warga.find("#alasan-keberatan").getText()).isEqualTo("Penolakan berdasarkan alasan pengecualian Pasal 17");
			assertThat(warga.find("#keberatan").getText()).contains("Saya hanya memerlukan jumlah penerima per desa, tanpa nama.");
			assertThat(warga.find("#sisa-hari").getText()).matches("sisa \\d+ hari kerja");

			// the PPID cannot answer the objection; the Kepala Dinas, the superior, does
			try (Browser ppid = new Browser(port)) {
				ppid.login(Demo.PPID, Demo.PASSWORD);
				ppid.open("/kelola/ppid/" + nomor);
				assertThat(ppid.find("#status-permohonan").getText()).isEqualTo("Keberatan diajukan");
				assertThat(ppid.driver().findElements(By.cssSelector("#form-tolak-keberatan, #form-terima-keberatan")))
					.isEmpty();
			}
			try (Browser kadis = new Browser(port)) {
				kadis.login(Demo.KADIS, Demo.PASSWORD);
				kadis.open("/kelola/ppid");
				PemohonMendapatAksesTerbatasBrowserIT.klik(kadis, kadis.driver().findElement(By.linkText(nomor)));
				kadis.waitFor("#form-tolak-keberatan");
				assertThat(kadis.find("#keberatan").getText()).contains("tanpa nama");
				isi(kadis, "#tanggapan-tolak", "Penolakan PPID tepat: nama dan alamat penerima adalah data pribadi. "
						+ "Jumlah penerima per desa dapat dimohonkan tersendiri.");
				PemohonMendapatAksesTerbatasBrowserIT.lihat(kadis, "#form-tolak-keberatan");
				kadis.screenshot("ppid-12-tanggapan-atasan");
				PemohonMendapatAksesTerbatasBrowserIT.klik(kadis, kadis.find("#aksi-TOLAK_KEBERATAN"));
				kadis.waitForText("#status-permohonan", "Keberatan ditolak");
			}

			// the citizen reads the superior's answer, the way to the Komisi Informasi, and the letter
			warga.open("/kelola/permohonan-saya/" + nomor);
			assertThat(warga.find("#status-permohonan").getText()).isEqualTo("Keberatan ditolak");
			assertThat(warga.find("#tanggapan-atasan").getText()).contains("dapat dimohonkan tersendiri");
			assertThat(warga.find("#riwayat-permohonan").getText()).contains("Komisi Informasi");
			assertThat(warga.driver().findElements(By.cssSelector("#form-keberatan"))).isEmpty();
			PemohonMendapatAksesTerbatasBrowserIT.lihat(warga, "#riwayat-permohonan");
			warga.screenshot("ppid-13-jawaban-keberatan");
			String[] surat = PemohonMendapatAksesTerbatasBrowserIT.fetch(warga, warga.find("#unduh-surat").getAttribute("href"));
			assertThat(surat[0]).isEqualTo("200");
			assertThat(surat[1]).startsWith("%PDF-");
		}
	}

	static void isi(Browser b, String css, String text) {
		PemohonMendapatAksesTerbatasBrowserIT.isi(b, css, text);
	}

}
