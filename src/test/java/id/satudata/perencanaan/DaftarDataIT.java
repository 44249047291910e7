package id.satudata.perencanaan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import id.satudata.organisasi.OrganisasiDirectory;
import id.satudata.shared.kalender.WorkingCalendar;
import id.satudata.test.Demo;
import id.satudata.test.IntegrationTest;
import id.satudata.test.TestAccounts;

/**
 * The Daftar Data through its pages: proposing, the state machine as each role meets it, the
 * schedule generated and edited, bad input refused with nothing saved, duplicates flagged, XLSX
 * import (all-or-nothing, row and column errors) and export, copying to the next year, audit.
 */
@IntegrationTest
class DaftarDataIT {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	OrganisasiDirectory organisasi;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	WorkingCalendar kalender;

	RencanaUji uji;

	@BeforeEach
	void setUp() {
		uji = new RencanaUji(mvc, accounts, organisasi);
	}

	String status(long entri) {
		return jdbc.queryForObject("SELECT status FROM daftar_data_entri WHERE id = ?", String.class, entri);
	}

	List<String> audit(long entri) {
		return jdbc.queryForList("SELECT aksi FROM audit_event WHERE objek_tipe = 'EntriDaftarData' AND objek_id = ? "
				+ "ORDER BY id", String.class, String.valueOf(entri));
	}

	@Test
	void aProducerProposesTheWalidataSubmitsAndEachRoleMayOnlyTakeItsSteps() throws Exception {
		RencanaUji.Daftar d = uji.bukaDaftar();
		String judul = "Jumlah Akta Kelahiran Uji " + RencanaUji.unik();
		long e = uji.usulkan(Demo.PRODUSEN, d.id(), uji.entri(judul, uji.unit("Disdukcapil"), "TAHUNAN"));
		assertThat(status(e)).isEqualTo("DRAFT");
		// the yearly schedule: last year's data, due at the end of March (or the next working day)
		LocalDate due = kalender.workingDayOnOrAfter(LocalDate.of(d.tahun(), 3, 31));
		assertThat(jdbc.queryForList("SELECT periode || '@' || CAST(tanggal_rencana AS VARCHAR(10)) FROM jadwal_rilis "
				+ "WHERE entri_id = ?", String.class, e)).containsExactly((d.tahun() - 1) + "@" + due);

		// a producer proposes only for its own unit
		assertThat(mvc.perform(post("/kelola/daftar-data/" + d.id() + "/entri/baru").with(csrf())
			.with(accounts.as(Demo.PRODUSEN)).param("judul", "Bukan unit saya").param("produsenUnitId",
					String.valueOf(uji.unit("Dinkes"))).param("jenisData", "STATISTIK").param("frekuensi", "TAHUNAN")
			.param("akses", "TERBUKA")).andReturn().getResponse().getStatus()).isEqualTo(403);
		// another OPD's producer may not edit it
		assertThat(mvc.perform(get("/kelola/daftar-data/entri/" + e).with(accounts.as(Demo.PRODUSEN_DINKES))).andReturn()
			.getResponse().getContentAsString()).doesNotContain("id=\"ubah-entri\"");
		assertThat(mvc.perform(post("/kelola/daftar-data/entri/" + e + "/ubah").with(csrf())
			.with(accounts.as(Demo.PRODUSEN_DINKES)).param("judul", "Diambil alih").param("produsenUnitId",
					String.valueOf(uji.unit("Disdukcapil"))).param("jenisData", "STATISTIK").param("frekuensi", "TAHUNAN")
			.param("akses", "TERBUKA")).andReturn().getResponse().getStatus()).isEqualTo(403);

		// the producer cannot submit: the Walidata compiles and submits the list
		assertThat(RencanaUji.flashGalat(uji.aksi(Demo.PRODUSEN, e, "AJUKAN", null))).contains("tidak berwenang");
		assertThat(status(e)).isEqualTo("DRAFT");
		assertThat(uji.ajukanDaftar(Demo.PRODUSEN, d.id()).getResponse().getStatus()).isEqualTo(403);
		assertThat(RencanaUji.flashGalat(uji.ajukanDaftar(Demo.WALIDATA, d.id()))).isNull();
		assertThat(status(e)).isEqualTo("MENUNGGU_PERSETUJUAN");
		// nothing left to submit
		assertThat(RencanaUji.flashGalat(uji.ajukanDaftar(Demo.WALIDATA, d.id()))).contains("Tidak ada entri draf");

		// approval is the Forum's, in a session: not from the entry page, not by the Walidata
		assertThat(RencanaUji.flashGalat(uji.aksi(Demo.WALIDATA, e, "SETUJUI", null))).contains("tidak berwenang");
		assertThat(RencanaUji.flashGalat(uji.aksi(Demo.KOORDINATOR, e, "SETUJUI", null))).contains("tidak berwenang");
		assertThat(status(e)).isEqualTo("MENUNGGU_PERSETUJUAN");
		// returning needs a note
		assertThat(RencanaUji.flashGalat(uji.aksi(Demo.WALIDATA, e, "KEMBALIKAN", " "))).contains("memerlukan catatan");
		assertThat(RencanaUji.flashGalat(uji.aksi(Demo.WALIDATA, e, "KEMBALIKAN", "Perjelas definisi"))).isNull();
		assertThat(status(e)).isEqualTo("DRAFT");
		// the producer withdraws its own draft
		assertThat(RencanaUji.flashGalat(uji.aksi(Demo.PRODUSEN, e, "BATALKAN", "Sudah dihasilkan BPS"))).isNull();
		assertThat(status(e)).isEqualTo("DIBATALKAN");
		assertThat(RencanaUji.flashGalat(uji.aksi(Demo.WALIDATA, e, "AJUKAN", null))).contains("tidak berlaku");

		assertThat(audit(e)).containsExactly("daftarData.entri.diusulkan", "daftarData.entri.ajukan",
				"daftarData.entri.kembalikan", "daftarData.entri.batalkan");
		// the entry page shows its history
		Document page = Jsoup.parse(uji.html(Demo.WALIDATA, "/kelola/daftar-data/entri/" + e));
		assertThat(page.select("#tabel-riwayat").text()).contains("daftarData.entri.kembalikan").contains("Perjelas definisi");
		assertThat(page.select("#status-entri").text()).isEqualTo("Dibatalkan");
		// the producer was told
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM notifikasi n JOIN pengguna p ON p.id = n.pengguna_id "
				+ "WHERE p.username = ? AND n.judul_key = 'notif.entri.draft' AND n.argumen LIKE ?", Long.class, Demo.PRODUSEN,
				"%" + judul + "%")).isEqualTo(1);
	}

	@Test
	void badInputGetsAClearMessageAndSavesNothing() throws Exception {
		RencanaUji.Daftar d = uji.bukaDaftar();
		long before = count(d);
		String html = mvc.perform(post("/kelola/daftar-data/" + d.id() + "/entri/baru").with(csrf())
			.with(accounts.as(Demo.WALIDATA)).param("judul", " ").param("produsenUnitId", String.valueOf(uji.unit("Dinkes")))
			.param("jenisData", "STATISTIK").param("frekuensi", "TAHUNAN").param("akses", "TERBUKA")).andReturn()
			.getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(Jsoup.parse(html).select("#judul-info").text()).contains("Wajib diisi");
		// a topic that is not in the list
		html = mvc.perform(post("/kelola/daftar-data/" + d.id() + "/entri/baru").with(csrf()).with(accounts.as(Demo.WALIDATA))
			.param("judul", "Topik aneh").param("produsenUnitId", String.valueOf(uji.unit("Dinkes")))
			.param("jenisData", "STATISTIK").param("frekuensi", "TAHUNAN").param("akses", "TERBUKA").param("topik", "tidak-ada"))
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(Jsoup.parse(html).select("#form-entri").text()).contains("Topik \"tidak-ada\" tidak ada dalam daftar topik");
		// mass assignment: status and priority are not bound
		long e = uji.usulkan(Demo.WALIDATA, d.id(), uji.entri("Entri uji " + RencanaUji.unik(), uji.unit("Dinkes"),
				"TRIWULANAN", "status", "DISETUJUI", "prioritas", "true", "organisasiId", "1"));
		assertThat(status(e)).isEqualTo("DRAFT");
		assertThat(jdbc.queryForObject("SELECT prioritas FROM daftar_data_entri WHERE id = ?", Boolean.class, e)).isFalse();
		assertThat(count(d)).isEqualTo(before + 1);

		// a quarterly schedule: Q4 of last year to Q3
		List<String> periods = jdbc.queryForList("SELECT periode FROM jadwal_rilis WHERE entri_id = ? ORDER BY urutan",
				String.class, e);
		assertThat(periods).containsExactly((d.tahun() - 1) + "-T4", d.tahun() + "-T1", d.tahun() + "-T2",
				d.tahun() + "-T3");
		// editing it: a bad period names the row, and nothing changes
		MvcResult r = mvc.perform(post("/kelola/daftar-data/entri/" + e + "/jadwal").with(csrf())
			.with(accounts.as(Demo.WALIDATA)).param("periode", d.tahun() + "-T1", d.tahun() + "-T9")
			.param("tanggal", d.tahun() + "-05-04", d.tahun() + "-08-03")).andReturn();
		assertThat(RencanaUji.flashGalat(r)).contains("Baris 2").contains(d.tahun() + "-T9");
		assertThat(jdbc.queryForList("SELECT periode FROM jadwal_rilis WHERE entri_id = ? ORDER BY urutan", String.class, e))
			.isEqualTo(periods);
		r = mvc.perform(post("/kelola/daftar-data/entri/" + e + "/jadwal").with(csrf()).with(accounts.as(Demo.WALIDATA))
			.param("periode", d.tahun() + "-T1", d.tahun() + "-T1").param("tanggal", d.tahun() + "-05-04", d.tahun() + "-05-05"))
			.andReturn();
		assertThat(RencanaUji.flashGalat(r)).contains("lebih dari sekali");
		r = mvc.perform(post("/kelola/daftar-data/entri/" + e + "/jadwal").with(csrf()).with(accounts.as(Demo.WALIDATA))
			.param("periode", d.tahun() + "-T1").param("tanggal", (d.tahun() + 5) + "-05-04")).andReturn();
		assertThat(RencanaUji.flashGalat(r)).contains("Baris 1").contains("harus pada tahun " + d.tahun());
		// a good edit: moved by hand, audited
		r = mvc.perform(post("/kelola/daftar-data/entri/" + e + "/jadwal").with(csrf()).with(accounts.as(Demo.WALIDATA))
			.param("periode", d.tahun() + "-T1", d.tahun() + "-q2", "", "")
			.param("tanggal", d.tahun() + "-05-04", d.tahun() + "-08-03", "", "")).andReturn();
		assertThat(RencanaUji.flashGalat(r)).isNull();
		assertThat(jdbc.queryForList("SELECT periode || CASE WHEN diubah_manual THEN '@manual' ELSE '@dibuat' END "
				+ "FROM jadwal_rilis WHERE entri_id = ? ORDER BY urutan", String.class, e))
			.containsExactly(d.tahun() + "-T1@manual", d.tahun() + "-T2@manual");
		assertThat(audit(e)).contains("daftarData.jadwal.diubah");
		// and generated again from the frequency
		assertThat(RencanaUji.flashGalat(mvc.perform(post("/kelola/daftar-data/entri/" + e + "/jadwal/buat-ulang")
			.with(csrf()).with(accounts.as(Demo.WALIDATA))).andReturn())).isNull();
		assertThat(jdbc.queryForList("SELECT periode FROM jadwal_rilis WHERE entri_id = ? ORDER BY urutan", String.class, e))
			.isEqualTo(periods);
		// a year outside what the office plans
		r = mvc.perform(post("/kelola/daftar-data/baru").with(csrf()).with(accounts.as(Demo.WALIDATA))
			.param("organisasiId", String.valueOf(uji.provinsi())).param("tahun", "1850")).andReturn();
		assertThat(RencanaUji.flashGalat(r)).contains("antara 2000 dan 2100");
		// the same year twice
		r = mvc.perform(post("/kelola/daftar-data/baru").with(csrf()).with(accounts.as(Demo.WALIDATA))
			.param("organisasiId", String.valueOf(uji.provinsi())).param("tahun", String.valueOf(d.tahun()))).andReturn();
		assertThat(RencanaUji.flashGalat(r)).contains("sudah ada");
		// only the Walidata opens a list
		assertThat(mvc.perform(post("/kelola/daftar-data/baru").with(csrf()).with(accounts.as(Demo.PRODUSEN))
			.param("organisasiId", String.valueOf(uji.provinsi())).param("tahun", "2099")).andReturn().getResponse()
			.getStatus()).isEqualTo(403);
	}

	long count(RencanaUji.Daftar d) {
		return jdbc.queryForObject("SELECT COUNT(*) FROM daftar_data_entri WHERE daftar_data_id = ?", Long.class, d.id());
	}

	@Test
	void similarTitlesAcrossOpdsAreFlagged() throws Exception {
		RencanaUji.Daftar d = uji.bukaDaftar();
		String u = RencanaUji.unik();
		long a = uji.usulkan(Demo.PRODUSEN, d.id(), uji.entri("Jumlah Peserta Didik " + u + " menurut Jenjang Pendidikan",
				uji.unit("Disdukcapil"), "TAHUNAN"));
		long b = uji.usulkan(Demo.PRODUSEN_DINKES, d.id(), uji.entri("Data Jumlah Peserta Didik " + u
				+ " per Jenjang Pendidikan Kabupaten/Kota", uji.unit("Dinkes"), "TAHUNAN"));
		long c = uji.usulkan(Demo.PRODUSEN_DINKES, d.id(), uji.entri("Cakupan Imunisasi " + RencanaUji.unik(),
				uji.unit("Dinkes"), "TAHUNAN"));
		Document list = Jsoup.parse(uji.html(Demo.WALIDATA, "/kelola/daftar-data/" + d.id()));
		assertThat(row(list, a)).contains("Mirip dengan").contains("Dinas Kesehatan");
		assertThat(row(list, b)).contains("Mirip dengan").contains("Dinas Kependudukan");
		assertThat(row(list, c)).doesNotContain("Mirip");
		Document entry = Jsoup.parse(uji.html(Demo.WALIDATA, "/kelola/daftar-data/entri/" + b));
		assertThat(entry.select("#peringatan-duplikat").text()).contains("OPD lain").contains("Dinas Kependudukan");
	}

	/** The first cell of the entry's own row in the list. */
	static String row(Document list, long entri) {
		return list.select("#tabel-entri tbody tr").stream()
			.filter(tr -> tr.selectFirst("td > a") != null
					&& tr.selectFirst("td > a").attr("href").equals("/kelola/daftar-data/entri/" + entri))
			.findFirst().orElseThrow().selectFirst("td").text();
	}

	@Test
	void importIsAllOrNothingWithRowAndColumnErrorsAndExportReadsBack() throws Exception {
		RencanaUji.Daftar d = uji.bukaDaftar();
		String u = RencanaUji.unik();
		byte[] bad = xlsx(List.of("judul", "produsen", "jenis_data", "frekuensi", "jadwal_rilis", "usulan_prioritas"),
				List.of(List.of("Jumlah Nakes " + u, "Dinkes", "STATISTIK", "Tahunan", "", "ya"),
						List.of("Jumlah Sekolah " + u, "Dinas Tak Ada", "STATISTIK", "TAHUNAN", "", "tidak"),
						List.of("Jumlah Pasar " + u, "Disdukcapil", "STATISTIK", "kadang-kadang", "2025 pada maret", "mungkin")));
		MvcResult r = importFile(d, "daftar.xlsx", bad);
		Document report = Jsoup.parse(r.getResponse().getContentAsString(StandardCharsets.UTF_8));
		assertThat(report.select("#impor-ditolak").text()).contains("4 masalah");
		List<String> rows = report.select("#tabel-galat-impor tbody tr").eachText();
		assertThat(rows).anySatisfy(t -> assertThat(t).startsWith("3 produsen Dinas Tak Ada").contains("Unit tidak dikenal"));
		assertThat(rows).anySatisfy(t -> assertThat(t).startsWith("4 frekuensi kadang-kadang"));
		assertThat(rows).anySatisfy(t -> assertThat(t).startsWith("4 jadwal_rilis"));
		assertThat(rows).anySatisfy(t -> assertThat(t).startsWith("4 usulan_prioritas mungkin"));
		assertThat(count(d)).as("nothing saved").isZero();

		byte[] good = xlsx(List.of("Judul", "Produsen", "Jenis Data", "Frekuensi", "Jadwal Rilis", "Akses", "Topik"),
				List.of(List.of("Jumlah Nakes " + u, "Dinkes", "statistik", "Tahunan", "", "TERBUKA", "Kesehatan"),
						List.of("Jumlah Sekolah " + u, "Disdukcapil", "STATISTIK", "ad hoc",
								(d.tahun() - 1) + "-09=" + d.tahun() + "-02-16; " + d.tahun() + "-06=" + d.tahun() + "-07-15",
								"TERBATAS", "")));
		r = importFile(d, "daftar.xlsx", good);
		assertThat(RencanaUji.flashGalat(r)).isNull();
		assertThat(r.getFlashMap().get("sukses").toString()).contains("2 entri diimpor");
		assertThat(count(d)).isEqualTo(2);
		assertThat(jdbc.queryForList("SELECT j.periode || '@' || CAST(j.tanggal_rencana AS VARCHAR(10)) FROM jadwal_rilis j "
				+ "JOIN daftar_data_entri e ON e.id = j.entri_id WHERE e.judul = ? ORDER BY j.urutan", String.class,
				"Jumlah Sekolah " + u)).containsExactly((d.tahun() - 1) + "-09@" + d.tahun() + "-02-16",
						d.tahun() + "-06@" + d.tahun() + "-07-15");
		assertThat(jdbc.queryForObject("SELECT topik FROM daftar_data_entri WHERE judul = ?", String.class, "Jumlah Nakes " + u))
			.isEqualTo("kesehatan");

		// export: one row per entry, formula-like text neutralized, and re-importing it is refused (it has ids)
		uji.usulkan(Demo.WALIDATA, d.id(), uji.entri("=HYPERLINK(\"x\") " + u, uji.unit("Dinkes"), "TAHUNAN"));
		byte[] export = mvc.perform(get("/kelola/daftar-data/" + d.id() + "/ekspor.xlsx").with(accounts.as(Demo.PRODUSEN)))
			.andReturn().getResponse().getContentAsByteArray();
		try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(export))) {
			Sheet s = wb.getSheetAt(0);
			assertThat(s.getSheetName()).isEqualTo("Daftar Data " + d.tahun());
			assertThat(s.getRow(0).getCell(1).getStringCellValue()).isEqualTo("judul");
			List<String> titles = new ArrayList<>();
			for (int i = 1; i <= s.getLastRowNum(); i++) {
				titles.add(s.getRow(i).getCell(1).getStringCellValue());
			}
			assertThat(titles).contains("Jumlah Nakes " + u, "Jumlah Sekolah " + u, "'=HYPERLINK(\"x\") " + u);
		}
		r = importFile(d, "ekspor.xlsx", export);
		assertThat(Jsoup.parse(r.getResponse().getContentAsString(StandardCharsets.UTF_8)).select("#tabel-galat-impor").text())
			.contains("entri yang sudah ada");
		assertThat(count(d)).isEqualTo(3);
		// not a spreadsheet at all
		assertThat(RencanaUji.flashGalat(importFile(d, "daftar.pdf", "%PDF-1.4".getBytes(StandardCharsets.US_ASCII))))
			.contains("tidak didukung");
	}

	MvcResult importFile(RencanaUji.Daftar d, String name, byte[] content) throws Exception {
		return mvc.perform(multipart("/kelola/daftar-data/" + d.id() + "/impor").file(new MockMultipartFile("berkas", name,
				"application/octet-stream", content)).with(csrf()).with(accounts.as(Demo.WALIDATA))).andReturn();
	}

	static byte[] xlsx(List<String> header, List<List<String>> rows) throws Exception {
		try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Sheet s = wb.createSheet("Daftar");
			Row h = s.createRow(0);
			for (int i = 0; i < header.size(); i++) {
				h.createCell(i).setCellValue(header.get(i));
			}
			for (int r = 0; r < rows.size(); r++) {
				Row row = s.createRow(r + 1);
				for (int i = 0; i < rows.get(r).size(); i++) {
					row.createCell(i).setCellValue(rows.get(r).get(i));
				}
			}
			wb.write(out);
			return out.toByteArray();
		}
	}

	@Test
	void nextYearStartsAsACopyOfThisYearsList() throws Exception {
		RencanaUji.Daftar d = uji.bukaDaftar();
		String u = RencanaUji.unik();
		long monthly = uji.usulkan(Demo.WALIDATA, d.id(), uji.entri("Kunjungan Wisatawan " + u, uji.unit("Disbudparpora"),
				"BULANAN"));
		long biennial = uji.usulkan(Demo.WALIDATA, d.id(), uji.entri("Survei Kepuasan " + u, uji.unit("Dinsos"),
				"DUA_TAHUNAN"));
		long cancelled = uji.usulkan(Demo.WALIDATA, d.id(), uji.entri("Batal " + u, uji.unit("Dinsos"), "TAHUNAN"));
		uji.aksi(Demo.WALIDATA, cancelled, "BATALKAN", "Tidak jadi");
		// the copy may already exist (another test's year): make sure next year is free or skip to a fresh list
		MvcResult r = mvc.perform(post("/kelola/daftar-data/" + d.id() + "/salin").with(csrf()).with(accounts.as(Demo.WALIDATA)))
			.andReturn();
		assertThat(RencanaUji.flashGalat(r)).isNull();
		long next = RencanaUji.id(r.getResponse().getRedirectedUrl());
		List<String> copied = jdbc.queryForList("SELECT judul FROM daftar_data_entri WHERE daftar_data_id = ? AND judul LIKE ?",
				String.class, next, "%" + u);
		// the biennial entry released this year skips a year; cancelled entries stay behind
		assertThat(copied).containsExactly("Kunjungan Wisatawan " + u);
		assertThat(jdbc.queryForObject("SELECT status FROM daftar_data_entri WHERE daftar_data_id = ? AND judul = ?",
				String.class, next, "Kunjungan Wisatawan " + u)).isEqualTo("DRAFT");
		assertThat(jdbc.queryForList("SELECT j.periode FROM jadwal_rilis j JOIN daftar_data_entri e ON e.id = j.entri_id "
				+ "WHERE e.daftar_data_id = ? AND e.judul = ? ORDER BY j.urutan", String.class, next, "Kunjungan Wisatawan " + u))
			.hasSize(12).startsWith(d.tahun() + "-12").endsWith((d.tahun() + 1) + "-11");
		// copying again adds nothing twice
		mvc.perform(post("/kelola/daftar-data/" + d.id() + "/salin").with(csrf()).with(accounts.as(Demo.WALIDATA)));
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM daftar_data_entri WHERE daftar_data_id = ? AND judul LIKE ?",
				Long.class, next, "%" + u)).isEqualTo(1);
		assertThat(biennial).isPositive();
		assertThat(monthly).isPositive();
		// the weekday of a generated date is a working day
		LocalDate first = jdbc.queryForObject("SELECT MIN(tanggal_rencana) FROM jadwal_rilis WHERE entri_id = ?",
				LocalDate.class, monthly);
		assertThat(first.getDayOfWeek()).isNotIn(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);
	}

}
