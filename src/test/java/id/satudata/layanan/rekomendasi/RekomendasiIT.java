package id.satudata.layanan.rekomendasi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import id.satudata.layanan.LayananUji;
import id.satudata.standar.MsKegiatanIsian;
import id.satudata.test.Demo;
import id.satudata.test.IntegrationTest;
import id.satudata.test.TestAccounts;

/**
 * A recommendation from request letter to recommendation letter over HTTP: the agency fills the
 * letter's fields (1)–(8), the MS-Keg (through module standar's editor) and the questionnaire; an
 * incomplete file cannot be submitted; the Pembina Data examines it, returns it with notes, and
 * after the correction declares it layak with a number — the letter's PDF, the 30 working days, the
 * number on the MS-Keg; only the parties see it.
 */
@IntegrationTest
class RekomendasiIT {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	JdbcTemplate jdbc;

	static String teks(byte[] pdf) throws Exception {
		try (PDDocument doc = Loader.loadPDF(pdf)) {
			// one page, as an official letter
			assertThat(doc.getNumberOfPages()).isOne();
			return new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
		}
	}

	MvcResult aksi(String user, String nomor, String aksi, String catatan) throws Exception {
		MockHttpServletRequestBuilder b = post("/kelola/rekomendasi/" + nomor + "/aksi").with(csrf())
			.with(accounts.as(user)).param("aksi", aksi);
		if (catatan != null) {
			b.param("catatan", catatan);
		}
		return mvc.perform(b).andExpect(status().is3xxRedirection()).andReturn();
	}

	String keadaan(String nomor) {
		return jdbc.queryForObject("SELECT status FROM layanan_rekomendasi WHERE nomor = ?", String.class, nomor);
	}

	/** A new request of the Disdukcapil with every letter field filled. */
	String buat(String judul) throws Exception {
		long unit = jdbc.queryForObject("SELECT u.id FROM unit u JOIN organisasi o ON o.id = u.organisasi_id"
				+ " WHERE o.kode_wilayah = '19' AND u.singkatan = 'Disdukcapil'", Long.class);
		MvcResult r = mvc.perform(post("/kelola/rekomendasi/baru").with(csrf()).with(accounts.as(Demo.PRODUSEN))
			.param("pemohonUnitId", String.valueOf(unit)).param("lokasi", "Pangkalpinang").param("tanggalSurat", "2026-11-02")
			.param("nomorSurat", "470/77/DISDUKCAPIL/2026")
			.param("unitPenyelenggara", "Dinas Kependudukan dan Pencatatan Sipil Provinsi Kepulauan Bangka Belitung")
			.param("judulKegiatan", judul).param("jabatanPenandatangan", "Kepala Dinas Kependudukan dan Pencatatan Sipil")
			.param("namaPenandatangan", "Drs. Contoh Pejabat").param("tembusan", "Kepala BPS Provinsi\nArsip"))
			.andExpect(status().is3xxRedirection()).andReturn();
		return r.getResponse().getRedirectedUrl().substring("/kelola/rekomendasi/".length());
	}

	void isiMsKeg(String nomor, String judul) throws Exception {
		long id = jdbc.queryForObject("SELECT ms_keg_id FROM layanan_rekomendasi WHERE nomor = ?", Long.class, nomor);
		for (Map.Entry<String, Map<String, String>> blok : MsKegiatanIsian.lengkap(judul, 2026).entrySet()) {
			if (blok.getKey().equals("VIII")) {
				continue;
			}
			MockHttpServletRequestBuilder req = post("/kelola/metadata/" + id + "/blok/" + blok.getKey()).with(csrf())
				.with(accounts.as(Demo.PRODUSEN));
			blok.getValue().forEach(req::param);
			mvc.perform(req).andExpect(status().is3xxRedirection());
		}
	}

	void unggahKuesioner(String nomor) throws Exception {
		mvc.perform(multipart("/kelola/rekomendasi/" + nomor + "/kuesioner")
			.file(new MockMultipartFile("kuesioner", "kuesioner.pdf", "application/pdf", LayananUji.pdf("x").getBytes()))
			.with(csrf()).with(accounts.as(Demo.PRODUSEN))).andExpect(status().is3xxRedirection());
	}

	@Test
	void theDemoRequestCarriesTheExampleQuestionnaireRenderedDuringStartUp() {
		// rendered on a background thread while the earlier start-up work ran (RekomendasiDemo)
		Long ukuran = jdbc.queryForObject("SELECT l.ukuran FROM layanan_lampiran l JOIN layanan_rekomendasi r "
				+ "ON l.objek_id = r.id WHERE r.judul_kegiatan = 'Survei Kepuasan Layanan Administrasi Kependudukan 2027' "
				+ "AND l.nama_berkas = 'kuesioner-survei-kepuasan-adminduk.pdf' AND l.tipe_mime = 'application/pdf'",
				Long.class);
		assertThat(ukuran).isGreaterThan(1000L);
	}

	@Test
	void aRecommendationFromRequestLetterToRecommendationLetter() throws Exception {
		String judul = "Survei Kepuasan Layanan Adminduk " + LayananUji.penanda();
		String nomor = buat(judul);
		assertThat(nomor).matches("REK-\\d{4}-\\d{4}");
		assertThat(keadaan(nomor)).isEqualTo("DRAFT");

		// the Surat Permohonan in the layout of Lampiran 1
		byte[] permohonan = mvc.perform(get("/kelola/rekomendasi/" + nomor + "/surat-permohonan.pdf")
			.with(accounts.as(Demo.PRODUSEN))).andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
		assertThat(teks(permohonan)).contains("PEMERINTAH PROVINSI KEPULAUAN BANGKA BELITUNG")
			.contains("DINAS KEPENDUDUKAN DAN PENCATATAN SIPIL")
			.contains("Nomor : 470/77/DISDUKCAPIL/2026").contains("Lampiran : 1 (satu) berkas")
			.contains("Perihal : Permohonan Rekomendasi Rancangan Penyelenggaraan Statistik Sektoral")
			.contains("Pangkalpinang, 2 November 2026")
			.contains("Yth. Kepala Dinas Komunikasi dan Informatika Provinsi Kepulauan Bangka Belitung")
			.contains("bahwa Dinas Kependudukan dan Pencatatan Sipil Provinsi Kepulauan Bangka Belitung akan menyelenggarakan"
					+ " survei statistik sektoral yang berjudul " + judul)
			.contains("Peraturan Pemerintah No. 51 Tahun 1999").contains("Kepala Dinas Kependudukan dan Pencatatan Sipil")
			.contains("Drs. Contoh Pejabat").contains("Tembusan :").contains("Kepala BPS Provinsi");

		// incomplete: no MS-Keg, no questionnaire
		MvcResult r = aksi(Demo.PRODUSEN, nomor, "AJUKAN", null);
		assertThat((String) r.getFlashMap().get("galat")).startsWith("Berkas belum lengkap");
		Document page = Jsoup.parse(mvc.perform(get("/kelola/rekomendasi/" + nomor).with(accounts.as(Demo.PRODUSEN)))
			.andReturn().getResponse().getContentAsString());
		assertThat(page.select("#kurang-mskeg").text()).contains("isian wajib belum diisi");

		isiMsKeg(nomor, judul);
		unggahKuesioner(nomor);
		// a questionnaire that is not a document is refused
		r = mvc.perform(multipart("/kelola/rekomendasi/" + nomor + "/kuesioner")
			.file(new MockMultipartFile("kuesioner", "kuesioner.csv", "text/csv", "a,b".getBytes())).with(csrf())
			.with(accounts.as(Demo.PRODUSEN))).andReturn();
		assertThat((String) r.getFlashMap().get("galat")).contains("tidak diterima");

		aksi(Demo.PRODUSEN, nomor, "AJUKAN", null);
		assertThat(keadaan(nomor)).isEqualTo("DIAJUKAN");
		Instant diajukan = jdbc.queryForObject("SELECT diajukan_pada FROM layanan_rekomendasi WHERE nomor = ?",
				OffsetDateTime.class, nomor).toInstant();
		Instant tenggat = jdbc.queryForObject("SELECT tenggat FROM layanan_rekomendasi WHERE nomor = ?",
				OffsetDateTime.class, nomor).toInstant();
		// 30 working days: six weeks or a little more, over holidays
		assertThat(Duration.between(diajukan, tenggat).toDays()).isBetween(39L, 50L);
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM notifikasi n JOIN pengguna p ON p.id = n.pengguna_id"
				+ " WHERE p.username = ? AND n.argumen LIKE ?", Integer.class, Demo.PEMBINA, "%" + nomor + "%")).isOne();
		// once submitted, the agency no longer changes it
		r = mvc.perform(post("/kelola/rekomendasi/" + nomor + "/surat").with(csrf()).with(accounts.as(Demo.PRODUSEN))
			.param("judulKegiatan", "diganti")).andReturn();
		assertThat((String) r.getFlashMap().get("galat")).contains("tidak dapat diubah");

		// the Pembina Data examines and returns it with notes
		assertThat((String) aksi(Demo.PRODUSEN, nomor, "PERIKSA", null).getFlashMap().get("galat")).contains("tidak berwenang");
		aksi(Demo.PEMBINA, nomor, "PERIKSA", null);
		assertThat(keadaan(nomor)).isEqualTo("DIPERIKSA");
		assertThat((String) aksi(Demo.PEMBINA, nomor, "KEMBALIKAN", " ").getFlashMap().get("galat"))
			.isEqualTo("Tuliskan catatan perbaikan untuk pemohon.");
		aksi(Demo.PEMBINA, nomor, "KEMBALIKAN", "Lengkapi rencana diseminasi dan definisi variabel.");
		assertThat(keadaan(nomor)).isEqualTo("DIKEMBALIKAN");
		assertThat(Jsoup.parse(mvc.perform(get("/kelola/rekomendasi/" + nomor).with(accounts.as(Demo.PRODUSEN))).andReturn()
			.getResponse().getContentAsString()).select("#catatan-pengembalian").text()).contains("rencana diseminasi");

		// corrected and submitted again: the 30 working days start again
		mvc.perform(post("/kelola/rekomendasi/" + nomor + "/surat").with(csrf()).with(accounts.as(Demo.PRODUSEN))
			.param("lokasi", "Pangkalpinang").param("tanggalSurat", "2026-11-02").param("nomorSurat", "470/77/DISDUKCAPIL/2026")
			.param("unitPenyelenggara", "Dinas Kependudukan dan Pencatatan Sipil Provinsi Kepulauan Bangka Belitung")
			.param("judulKegiatan", judul).param("jabatanPenandatangan", "Kepala Dinas Kependudukan dan Pencatatan Sipil")
			.param("namaPenandatangan", "Drs. Contoh Pejabat").param("tembusan", "Kepala BPS Provinsi"))
			.andExpect(status().is3xxRedirection());
		aksi(Demo.PRODUSEN, nomor, "AJUKAN", null);
		assertThat(jdbc.queryForObject("SELECT jumlah_pengajuan FROM layanan_rekomendasi WHERE nomor = ?", Integer.class,
				nomor)).isEqualTo(2);
		aksi(Demo.PEMBINA, nomor, "PERIKSA", null);

		// layak only with every checklist item met and a number
		MvcResult layak = layak(nomor, "B-" + nomor + "/1900/REK-SS/2026");
		assertThat((String) layak.getFlashMap().get("galat")).contains("Belum semua butir");
		MockHttpServletRequestBuilder periksa = post("/kelola/rekomendasi/" + nomor + "/pemeriksaan").with(csrf())
			.with(accounts.as(Demo.PEMBINA));
		for (String b : new String[] { "SURAT_PERMOHONAN", "TIDAK_DUPLIKASI", "TUJUAN_JELAS", "KONSEP_DEFINISI", "METODOLOGI",
				"KUESIONER", "JADWAL", "DISEMINASI" }) {
			periksa.param("terpenuhi_" + b, "true").param("catatan_" + b, "sesuai");
		}
		mvc.perform(periksa).andExpect(status().is3xxRedirection());
		String nomorRek = "B-" + nomor.substring(4) + "/1900/REK-SS/2026";
		layak = layak(nomor, nomorRek);
		assertThat((String) layak.getFlashMap().get("sukses")).contains(nomorRek);
		assertThat(keadaan(nomor)).isEqualTo("LAYAK");
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_event WHERE aksi = 'rekomendasi.ditetapkan' AND ringkasan LIKE ?",
				Integer.class, nomor + "%")).isOne();

		// the recommendation letter, as issued
		byte[] surat = mvc.perform(get("/kelola/rekomendasi/" + nomor + "/surat-rekomendasi.pdf")
			.with(accounts.as(Demo.PRODUSEN))).andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
		assertThat(teks(surat)).contains("BADAN PUSAT STATISTIK").containsIgnoringWhitespaces("Nomor : " + nomorRek)
			.contains("Hal : Rekomendasi Kegiatan Statistik Sektoral").contains("Pangkalpinang, ")
			.contains("Menindaklanjuti surat Saudara Nomor 470/77/DISDUKCAPIL/2026 tanggal 2 November 2026")
			.contains(judul).contains("LAYAK").containsIgnoringWhitespaces("dengan nomor rekomendasi " + nomorRek)
			.contains("Gunakan kerangka sampel terbaru.").contains("Kepala Badan Pusat Statistik Provinsi")
			.contains("Kepala Dinas Komunikasi dan Informatika Provinsi Kepulauan Bangka Belitung");
		// the number is on the activity's MS-Keg
		Document selesai = Jsoup.parse(mvc.perform(get("/kelola/rekomendasi/" + nomor).with(accounts.as(Demo.PRODUSEN)))
			.andReturn().getResponse().getContentAsString());
		assertThat(selesai.select("#nomor-rekomendasi").text()).isEqualTo(nomorRek);
		assertThat(selesai.select("#mskeg-nomor-rekomendasi").text()).isEqualTo(nomorRek);
		// the same number twice is refused
		String lain = buat("Kegiatan lain " + LayananUji.penanda());
		assertThat(lain).isNotEqualTo(nomor);
	}

	MvcResult layak(String nomor, String nomorRek) throws Exception {
		return mvc.perform(post("/kelola/rekomendasi/" + nomor + "/layak").with(csrf()).with(accounts.as(Demo.PEMBINA))
			.param("nomorRekomendasi", nomorRek).param("lokasiPenetapan", "Pangkalpinang")
			.param("tanggalRekomendasi", "2026-11-20").param("saran", "Gunakan kerangka sampel terbaru.")
			.param("jabatanPenetap", "Kepala Badan Pusat Statistik Provinsi Kepulauan Bangka Belitung")
			.param("namaPenetap", "Dewi Pembina Data")).andExpect(status().is3xxRedirection()).andReturn();
	}

	@Test
	void onlyThePartiesSeeARequest() throws Exception {
		String nomor = buat("Survei rahasia " + LayananUji.penanda());
		mvc.perform(get("/kelola/rekomendasi/" + nomor).with(accounts.as(Demo.PRODUSEN_DINKES))).andExpect(status().isForbidden());
		mvc.perform(get("/kelola/rekomendasi/" + nomor + "/surat-permohonan.pdf").with(accounts.as(Demo.PRODUSEN_DINKES)))
			.andExpect(status().isForbidden());
		mvc.perform(post("/kelola/rekomendasi/" + nomor + "/aksi").with(csrf()).with(accounts.as(Demo.PRODUSEN_DINKES))
			.param("aksi", "BATALKAN")).andExpect(status().isForbidden());
		mvc.perform(get("/kelola/rekomendasi/" + nomor).with(accounts.as(Demo.PEMBINA_PUSAT))).andExpect(status().isForbidden());
		mvc.perform(get("/kelola/rekomendasi").with(accounts.as(Demo.PENGGUNA))).andExpect(status().isForbidden());
		mvc.perform(get("/kelola/rekomendasi/" + nomor)).andExpect(status().is3xxRedirection());
		// the Pembina Data and the service desk read it; the Pembina Data does not change the agency's letter
		mvc.perform(get("/kelola/rekomendasi/" + nomor).with(accounts.as(Demo.PEMBINA))).andExpect(status().isOk());
		mvc.perform(get("/kelola/rekomendasi/" + nomor).with(accounts.as(Demo.KADIS))).andExpect(status().isOk());
		mvc.perform(post("/kelola/rekomendasi/" + nomor + "/surat").with(csrf()).with(accounts.as(Demo.PEMBINA))
			.param("judulKegiatan", "x")).andExpect(status().isForbidden());
		long ms = jdbc.queryForObject("SELECT ms_keg_id FROM layanan_rekomendasi WHERE nomor = ?", Long.class, nomor);
		mvc.perform(get("/kelola/metadata/" + ms).with(accounts.as(Demo.PRODUSEN_DINKES))).andExpect(status().is4xxClientError());
		// the agency withdraws it
		aksi(Demo.PRODUSEN, nomor, "BATALKAN", null);
		assertThat(keadaan(nomor)).isEqualTo("DIBATALKAN");
	}

}
