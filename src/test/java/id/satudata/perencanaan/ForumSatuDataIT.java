package id.satudata.perencanaan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import id.satudata.organisasi.OrganisasiDirectory;
import id.satudata.test.Demo;
import id.satudata.test.IntegrationTest;
import id.satudata.test.TestAccounts;

/**
 * A Forum Satu Data session from recording to its signed berita acara: decisions are checked when
 * recorded and applied together when the session is set (status, Data Prioritas, access, the
 * catalog dataset, Rencana Aksi, audit, notifications); a priority decision needs Bappeda's
 * recommendation; the berita acara reads as an official document; the signed scan is checked.
 */
@IntegrationTest
class ForumSatuDataIT {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	OrganisasiDirectory organisasi;

	@Autowired
	JdbcTemplate jdbc;

	RencanaUji uji;

	@BeforeEach
	void setUp() {
		uji = new RencanaUji(mvc, accounts, organisasi);
	}

	String status(long entri) {
		return jdbc.queryForObject("SELECT status FROM daftar_data_entri WHERE id = ?", String.class, entri);
	}

	@Test
	void decisionsApplyTogetherWhenTheSessionIsSet() throws Exception {
		RencanaUji.Daftar d = uji.bukaDaftar();
		String u = RencanaUji.unik();
		long a = uji.usulkan(Demo.PRODUSEN, d.id(), uji.entri("Jumlah Penduduk Rentan " + u, uji.unit("Disdukcapil"),
				"SEMESTERAN", "usulanPrioritas", "true"));
		long b = uji.usulkan(Demo.PRODUSEN_DINKES, d.id(), uji.entri("Jumlah Penduduk Sakit " + u, uji.unit("Dinkes"),
				"TAHUNAN"));
		long c = uji.usulkan(Demo.PRODUSEN_DINKES, d.id(), uji.entri("Jumlah Kasus Rahasia " + u, uji.unit("Dinkes"),
				"TAHUNAN"));
		uji.ajukanDaftar(Demo.WALIDATA, d.id());
		long draft = uji.usulkan(Demo.PRODUSEN_DINKES, d.id(), uji.entri("Masih Draf " + u, uji.unit("Dinkes"), "TAHUNAN"));

		// only the Koordinator Forum records sessions
		assertThat(mvc.perform(post("/kelola/forum/baru").with(csrf()).with(accounts.as(Demo.WALIDATA))
			.param("organisasiId", String.valueOf(uji.provinsi())).param("judul", "x").param("tanggal", "2030-01-01"))
			.andReturn().getResponse().getStatus()).isEqualTo(403);
		long sesi = uji.sesi("Rapat Forum Satu Data Uji " + u, LocalDate.of(2026, 3, 17), "000.5/" + u + "/BAPPEDA");

		// priority needs Bappeda's recommendation with criteria
		assertThat(RencanaUji.flashGalat(uji.keputusan(sesi, a, "SETUJUI", "YA", null))).contains("belum direkomendasikan");
		assertThat(RencanaUji.flashGalat(uji.rekomendasi(Demo.KOORDINATOR, a, "Penting sekali", "RPJMD_RKPD")))
			.contains("paling sedikit 20");
		assertThat(RencanaUji.flashGalat(uji.rekomendasi(Demo.KOORDINATOR, a, "Penyebut indikator RPJMD urusan sosial."))).
			contains("kriteria");
		assertThat(uji.rekomendasi(Demo.WALIDATA, a, "Penyebut indikator RPJMD urusan sosial.", "RPJMD_RKPD").getResponse()
			.getStatus()).as("only Bappeda recommends").isEqualTo(403);
		assertThat(RencanaUji.flashGalat(uji.rekomendasi(Demo.KOORDINATOR, a, "Penyebut indikator RPJMD urusan sosial.",
				"RPJMD_RKPD", "LINTAS_INSTANSI"))).isNull();
		// a decision that cannot apply is refused when recorded, naming the entry
		assertThat(RencanaUji.flashGalat(uji.keputusan(sesi, draft, "SETUJUI", "TETAP", null))).contains("Masih Draf " + u)
			.contains("tidak berlaku");
		assertThat(RencanaUji.flashGalat(uji.keputusan(sesi, b, "TOLAK", "TETAP", ""))).contains("memerlukan catatan");

		assertThat(RencanaUji.flashGalat(uji.keputusan(sesi, a, "SETUJUI", "YA", "Data Prioritas daerah"))).isNull();
		assertThat(RencanaUji.flashGalat(uji.keputusan(sesi, a, "TOLAK", "TETAP", "lagi"))).contains("sudah memiliki keputusan");
		assertThat(RencanaUji.flashGalat(uji.keputusan(sesi, b, "TOLAK", "TETAP", "Gunakan data Disdukcapil"))).isNull();
		assertThat(RencanaUji.flashGalat(mvc.perform(post("/kelola/forum/" + sesi + "/keputusan").with(csrf())
			.with(accounts.as(Demo.KOORDINATOR)).param("entriId", String.valueOf(c)).param("keputusan", "SETUJUI")
			.param("prioritas", "TETAP").param("aksesBaru", "TERTUTUP").param("catatan", "Data individu")).andReturn()))
			.isNull();
		assertThat(RencanaUji.flashGalat(mvc.perform(post("/kelola/forum/" + sesi + "/tindak-lanjut").with(csrf())
			.with(accounts.as(Demo.KOORDINATOR)).param("uraian", "Susun MS-Keg penduduk rentan " + u)
			.param("unitId", String.valueOf(uji.unit("Disdukcapil"))).param("tenggat", "2026-06-30")).andReturn())).isNull();
		// nothing applies before the session is set
		assertThat(status(a)).isEqualTo("MENUNGGU_PERSETUJUAN");

		// a session without its number is not set, and nothing changes
		long tanpaNomor = uji.sesi("Sesi tanpa nomor " + u, LocalDate.of(2026, 3, 18), "");
		uji.keputusan(tanpaNomor, c, "KEMBALIKAN", "TETAP", "Perbaiki");
		assertThat(RencanaUji.flashGalat(uji.tetapkan(tanpaNomor))).contains("nomor berita acara");
		assertThat(status(c)).isEqualTo("MENUNGGU_PERSETUJUAN");

		assertThat(RencanaUji.flashGalat(uji.tetapkan(sesi))).isNull();
		assertThat(status(a)).isEqualTo("DISETUJUI");
		assertThat(status(b)).isEqualTo("DITOLAK");
		assertThat(status(c)).isEqualTo("DISETUJUI");
		assertThat(jdbc.queryForObject("SELECT prioritas FROM daftar_data_entri WHERE id = ?", Boolean.class, a)).isTrue();
		assertThat(jdbc.queryForObject("SELECT akses FROM daftar_data_entri WHERE id = ?", String.class, c)).isEqualTo("TERTUTUP");
		assertThat(jdbc.queryForObject("SELECT status FROM rekomendasi_prioritas WHERE entri_id = ?", String.class, a))
			.isEqualTo("DITERIMA");
		// the approved entries got their catalog datasets, linked back and flagged as the Forum decided
		Long datasetA = jdbc.queryForObject("SELECT dataset_id FROM daftar_data_entri WHERE id = ?", Long.class, a);
		assertThat(jdbc.queryForMap("SELECT daftar_data_id, data_prioritas, akses, ditayangkan, frekuensi FROM dataset "
				+ "WHERE id = ?", datasetA)).containsEntry("daftar_data_id", a).containsEntry("data_prioritas", true)
			.containsEntry("ditayangkan", false).containsEntry("frekuensi", "SEMESTERAN");
		Long datasetC = jdbc.queryForObject("SELECT dataset_id FROM daftar_data_entri WHERE id = ?", Long.class, c);
		assertThat(jdbc.queryForObject("SELECT akses FROM dataset WHERE id = ?", String.class, datasetC)).isEqualTo("TERTUTUP");
		assertThat(jdbc.queryForObject("SELECT dataset_id FROM daftar_data_entri WHERE id = ?", Long.class, b)).isNull();
		// the follow-up is a Rencana Aksi item now
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM rencana_aksi WHERE forum_id = ? AND judul = ?", Long.class, sesi,
				"Susun MS-Keg penduduk rentan " + u)).isEqualTo(1);
		// audited, with the session
		assertThat(jdbc.queryForList("SELECT aksi FROM audit_event WHERE objek_tipe = 'EntriDaftarData' AND objek_id = ? "
				+ "ORDER BY id", String.class, String.valueOf(a))).contains("daftarData.entri.prioritas",
						"daftarData.entri.setujui");
		assertThat(jdbc.queryForObject("SELECT ringkasan FROM audit_event WHERE objek_tipe = 'EntriDaftarData' AND objek_id = ? "
				+ "AND aksi = 'daftarData.entri.setujui'", String.class, String.valueOf(a))).contains("Forum #" + sesi);
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_event WHERE aksi = 'dataset.ditautkanDaftarData' "
				+ "AND objek_id = ?", Long.class, String.valueOf(datasetA))).isEqualTo(1);
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_event WHERE aksi = 'forum.ditetapkan' AND objek_id = ?",
				Long.class, String.valueOf(sesi))).isEqualTo(1);
		// the producer is told its duty
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM notifikasi n JOIN pengguna p ON p.id = n.pengguna_id "
				+ "WHERE p.username = ? AND n.judul_key = 'notif.entri.disetujui' AND n.argumen LIKE ?", Long.class,
				Demo.PRODUSEN, "%Jumlah Penduduk Rentan " + u + "%")).isEqualTo(1);
		// a set session no longer changes
		assertThat(RencanaUji.flashGalat(uji.keputusan(sesi, draft, "TETAP", "TETAP", "catatan"))).contains("sudah ditetapkan");
		assertThat(RencanaUji.flashGalat(uji.tetapkan(sesi))).contains("sudah ditetapkan");

		// the berita acara: an official document with the day written out, decisions, signatures
		MvcResult pdf = mvc.perform(get("/kelola/forum/" + sesi + "/berita-acara.pdf").with(accounts.as(Demo.PRODUSEN)))
			.andReturn();
		assertThat(pdf.getResponse().getContentType()).isEqualTo("application/pdf");
		try (PDDocument doc = Loader.loadPDF(pdf.getResponse().getContentAsByteArray())) {
			String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
			assertThat(text).contains("PEMERINTAH PROVINSI KEPULAUAN BANGKA BELITUNG", "BADAN PERENCANAAN PEMBANGUNAN DAERAH",
					"BERITA ACARA", "FORUM SATU DATA INDONESIA TINGKAT PROVINSI", "Nomor: 000.5/" + u + "/BAPPEDA",
					"Pada hari ini Selasa, tanggal tujuh belas bulan Maret tahun dua ribu dua puluh enam",
					"Ruang Rapat Bappeda", "pukul 09.00", "11.30 WIB", "Peserta Uji", "Disetujui", "Ditolak",
					"Gunakan data Disdukcapil", "Tertutup", "Susun MS-Keg penduduk rentan " + u, "30 Juni 2026",
					"Pangkalpinang, 17 Maret 2026", "Notulis,", "Pimpinan Forum,", "Ketua Forum Uji", "Notulis Uji")
				.containsPattern("Halaman\\s+1\\s+dari");
			assertThat(text.replace("- ", "-").replace(" /", "/")).contains("Jumlah Penduduk Rentan " + u);
			assertThat(text.replaceAll("\\s", "")).doesNotContain("DRAF");
		}
		// a draft session's berita acara says DRAF
		try (PDDocument doc = Loader.loadPDF(mvc.perform(get("/kelola/forum/" + tanpaNomor + "/berita-acara.pdf")
			.with(accounts.as(Demo.KOORDINATOR))).andReturn().getResponse().getContentAsByteArray())) {
			assertThat(new PDFTextStripper().getText(doc).replaceAll("\\s", "")).contains("DRAF");
		}
		// outsiders do not see it
		assertThat(mvc.perform(get("/kelola/forum/" + sesi + "/berita-acara.pdf").with(accounts.as(Demo.WALIDATA_PANGKALPINANG)))
			.andReturn().getResponse().getStatus()).isEqualTo(403);

		// the signed scan: a PDF (by its content, not its name), uploaded by the Koordinator
		assertThat(RencanaUji.flashGalat(scan(sesi, Demo.KOORDINATOR, "ba.exe", "MZ".getBytes()))).contains("tidak diterima");
		assertThat(RencanaUji.flashGalat(scan(sesi, Demo.KOORDINATOR, "ba.pdf", "<html>".getBytes()))).contains("tidak sesuai");
		assertThat(scan(sesi, Demo.WALIDATA, "ba.pdf", "%PDF-1.4 scan".getBytes()).getResponse().getStatus()).isEqualTo(403);
		assertThat(RencanaUji.flashGalat(scan(sesi, Demo.KOORDINATOR, "berita acara ttd.pdf",
				"%PDF-1.4 scan".getBytes()))).isNull();
		MvcResult download = mvc.perform(get("/kelola/forum/" + sesi + "/scan").with(accounts.as(Demo.WALIDATA))).andReturn();
		assertThat(download.getResponse().getContentAsString(StandardCharsets.US_ASCII)).isEqualTo("%PDF-1.4 scan");
		assertThat(download.getResponse().getHeader("Content-Disposition")).contains("attachment");
		// the session page lists what was decided
		String page = uji.html(Demo.WALIDATA, "/kelola/forum/" + sesi);
		assertThat(Jsoup.parse(page).select("#tabel-keputusan").text()).contains("Jumlah Penduduk Sakit " + u)
			.contains("Ditolak");
		assertThat(Jsoup.parse(page).select("#status-forum").text()).isEqualTo("Ditetapkan");
		assertThat(List.of(draft)).isNotEmpty();
	}

	MvcResult scan(long sesi, String user, String name, byte[] content) throws Exception {
		return mvc.perform(multipart("/kelola/forum/" + sesi + "/scan").file(new MockMultipartFile("berkas", name,
				"application/octet-stream", content)).with(csrf()).with(accounts.as(user))).andReturn();
	}

	@Test
	void anApprovedEntryCanBeDroppedOnlyByALaterSessionAndPriorityIsTakenBack() throws Exception {
		RencanaUji.Daftar d = uji.bukaDaftar();
		String u = RencanaUji.unik();
		long a = uji.disetujui(d, Demo.PRODUSEN, uji.entri("Jumlah Perceraian " + u, uji.unit("Disdukcapil"), "TAHUNAN"), true);
		Long dataset = jdbc.queryForObject("SELECT dataset_id FROM daftar_data_entri WHERE id = ?", Long.class, a);
		assertThat(jdbc.queryForObject("SELECT data_prioritas FROM dataset WHERE id = ?", Boolean.class, dataset)).isTrue();
		// neither the producer nor the Walidata cancels an approved entry
		assertThat(RencanaUji.flashGalat(uji.aksi(Demo.WALIDATA, a, "BATALKAN", "tidak perlu"))).contains("tidak berwenang");
		long sesi = uji.sesi("Forum evaluasi " + u, LocalDate.of(d.tahun(), 7, 7), "000.5/" + u + "/EVAL");
		assertThat(RencanaUji.flashGalat(uji.keputusan(sesi, a, "TETAP", "TIDAK", "Bukan prioritas lagi"))).isNull();
		assertThat(RencanaUji.flashGalat(uji.tetapkan(sesi))).isNull();
		assertThat(jdbc.queryForObject("SELECT prioritas FROM daftar_data_entri WHERE id = ?", Boolean.class, a)).isFalse();
		// the catalog follows the decision
		assertThat(jdbc.queryForObject("SELECT data_prioritas FROM dataset WHERE id = ?", Boolean.class, dataset)).isFalse();
		long sesi2 = uji.sesi("Forum evaluasi II " + u, LocalDate.of(d.tahun(), 8, 7), "000.5/" + u + "/EVAL2");
		assertThat(RencanaUji.flashGalat(uji.keputusan(sesi2, a, "BATALKAN", "TETAP", "Tidak lagi dihasilkan"))).isNull();
		assertThat(RencanaUji.flashGalat(uji.tetapkan(sesi2))).isNull();
		assertThat(status(a)).isEqualTo("DIBATALKAN");
	}

}
