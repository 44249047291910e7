package id.satudata.ppid.permohonan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import id.satudata.shared.kalender.WorkingCalendar;
import id.satudata.test.Demo;
import id.satudata.test.IntegrationTest;
import id.satudata.test.TestAccounts;

/**
 * The PPID's monthly report (page, XLSX, PDF) matches the register: the same requests, and counts
 * by outcome (granted, refused, in process, withdrawn, objections) and Pasal 17 ground, and the
 * average working days to a decision, equal to those of the register table itself, for a month
 * with a mix of decisions (one refusal upheld on objection counts as granted); only the PPID and the
 * superior read it. Personal data is anonymised by the retention job once a closed request is older
 * than the retention period, and the request still counts in the report.
 */
@IntegrationTest
class LaporanDanRetensiIT {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	AnonimisasiPemohon anonimisasi;

	@Autowired
	WorkingCalendar calendar;

	MockHttpServletResponse as(MockHttpServletRequestBuilder r, String user) throws Exception {
		return mvc.perform(r.with(accounts.as(user))).andReturn().getResponse();
	}

	/** A request for information described in words to the province, registered by its PPID. */
	String permohonan(String nik) throws Exception {
		String nomor = diajukan(nik);
		as(post("/kelola/ppid/" + nomor + "/langkah").with(csrf()).param("aksi", "REGISTRASI"), Demo.PPID);
		return nomor;
	}

	/** A request for information described in words to the province, filed only. */
	String diajukan(String nik) throws Exception {
		long provinsi = jdbc.queryForObject("SELECT id FROM organisasi WHERE kode_wilayah = '19'", Long.class);
		MockHttpServletResponse r = as(post("/ppid/permohonan/baru").with(csrf()).param("organisasiId", String.valueOf(provinsi))
			.param("nama", "Pelapor Laporan").param("jenisIdentitas", "KTP").param("nomorIdentitas", nik)
			.param("alamat", "Jl. Laporan 3").param("telepon", "081211112222").param("surel", "laporan@example.org")
			.param("rincian", "Anggaran kegiatan statistik").param("tujuan", "Pengawasan publik")
			.param("caraMemperoleh", "SALINAN_SOFTCOPY").param("caraSalinan", "SUREL").param("persetujuan", "true"),
				Demo.PENGGUNA);
		assertThat(r.getStatus()).isEqualTo(302);
		return r.getRedirectedUrl().substring("/kelola/permohonan-saya/".length());
	}

	void tolak(String nomor, String alasan) throws Exception {
		assertThat(as(post("/kelola/ppid/" + nomor + "/tolak").with(csrf()).param("alasanPengecualian", alasan)
			.param("ujiKonsekuensi", "Uji konsekuensi " + alasan), Demo.PPID).getStatus()).isEqualTo(302);
	}

	void keberatan(String nomor) throws Exception {
		assertThat(as(post("/kelola/permohonan-saya/" + nomor + "/keberatan").with(csrf()).param("alasanKeberatan",
				"PASAL_35_A").param("uraian", "Cukup data agregat."), Demo.PENGGUNA).getStatus()).isEqualTo(302);
	}

	@Test
	void reportMatchesTheRegisterAndPersonalDataIsAnonymisedAfterRetention() throws Exception {
		String dikabulkan = permohonan("1971030303030003");
		assertThat(as(post("/kelola/ppid/" + dikabulkan + "/kabulkan").with(csrf()).param("catatan", "Dikirim lewat surel."),
				Demo.PPID).getStatus()).isEqualTo(302);
		String ditolakH = permohonan("1971040404040004");
		as(post("/kelola/ppid/" + ditolakH + "/tolak").with(csrf()).param("alasanPengecualian", "PASAL_17_H")
			.param("ujiKonsekuensi", "Rahasia pribadi."), Demo.PPID);
		String ditolakE = permohonan("1971050505050005");
		as(post("/kelola/ppid/" + ditolakE + "/tolak").with(csrf()).param("alasanPengecualian", "PASAL_17_E")
			.param("ujiKonsekuensi", "Ketahanan ekonomi."), Demo.PPID);
		String proses = permohonan("1971060606060006");
		// refused, objected to and upheld by the superior: counts as granted, not under its ground
		String dikabulkanAtasan = permohonan("1971070707070007");
		tolak(dikabulkanAtasan, "PASAL_17_H");
		keberatan(dikabulkanAtasan);
		assertThat(as(post("/kelola/ppid/" + dikabulkanAtasan + "/keberatan").with(csrf()).param("terima", "true")
			.param("tanggapan", "Dapat diberikan dalam bentuk agregat."), Demo.KADIS).getStatus()).isEqualTo(302);
		// refused, the objection still open: a refusal that stands so far
		String keberatanBerjalan = permohonan("1971080808080008");
		tolak(keberatanBerjalan, "PASAL_17_E");
		keberatan(keberatanBerjalan);
		// withdrawn before registration
		String dibatalkan = diajukan("1971090909090009");
		assertThat(as(post("/kelola/permohonan-saya/" + dibatalkan + "/batalkan").with(csrf()), Demo.PENGGUNA).getStatus())
			.isEqualTo(302);

		LocalDate hariIni = LocalDate.now(ZoneId.of("Asia/Jakarta"));
		String q = "tahun=" + hariIni.getYear() + "&bulan=" + hariIni.getMonthValue();
		// the register of the month, straight from the table
		long provinsi = jdbc.queryForObject("SELECT id FROM organisasi WHERE kode_wilayah = '19'", Long.class);
		ZonedDateTime awal = hariIni.withDayOfMonth(1).atStartOfDay(ZoneId.of("Asia/Jakarta"));
		Map<String, String[]> register = new HashMap<>();
		// working minutes from filing to the PPID's decision, of each decided request
		List<Long> menitKeputusan = new ArrayList<>();
		jdbc.query("SELECT nomor, status, alasan_pengecualian, keberatan_pada, diajukan_pada, diputus_pada FROM ppid_permohonan"
				+ " WHERE organisasi_id = ? AND diajukan_pada >= ? AND diajukan_pada < ?", rs -> {
					register.put(rs.getString(1), new String[] { rs.getString(2), rs.getString(3),
							rs.getTimestamp(4) == null ? null : "keberatan" });
					if (rs.getTimestamp(6) != null) {
						menitKeputusan.add(calendar.workingTimeBetween(rs.getTimestamp(5).toInstant(),
								rs.getTimestamp(6).toInstant()).toMinutes());
					}
				}, provinsi, Timestamp.from(awal.toInstant()), Timestamp.from(awal.plusMonths(1).toInstant()));
		assertThat(register).containsKeys(dikabulkan, ditolakH, ditolakE, proses, dikabulkanAtasan, keberatanBerjalan,
				dibatalkan);
		assertThat(register.get(dikabulkanAtasan)).containsExactly("DIKABULKAN", "PASAL_17_H", "keberatan");
		assertThat(register.get(keberatanBerjalan)[0]).isEqualTo("KEBERATAN");
		assertThat(register.get(dibatalkan)[0]).isEqualTo("DIBATALKAN");
		long withdrawn = register.values().stream().filter(v -> v[0].equals("DIBATALKAN")).count();
		long inProcess = register.values().stream()
			.filter(v -> Set.of("DIAJUKAN", "DIPROSES", "MENUNGGU_PENDAPAT").contains(v[0])).count();
		long objections = register.values().stream().filter(v -> v[2] != null).count();
		assertThat(menitKeputusan).isNotEmpty();
		double average = Math.round(10.0 * menitKeputusan.stream().mapToLong(Long::longValue).sum()
				/ calendar.minutesPerDay() / menitKeputusan.size()) / 10.0;
		long granted = register.values().stream().filter(v -> v[0].equals("DIKABULKAN")).count();
		long refused = register.values().stream()
			.filter(v -> Set.of("DITOLAK", "KEBERATAN", "KEBERATAN_DITOLAK").contains(v[0])).count();
		// by ground: the refusals that stand (one upheld on objection counts as granted)
		long refusedH = register.values().stream()
			.filter(v -> Set.of("DITOLAK", "KEBERATAN", "KEBERATAN_DITOLAK").contains(v[0]) && "PASAL_17_H".equals(v[1]))
			.count();

		// XLSX
		assertThat(as(get("/kelola/ppid/laporan/laporan.xlsx?" + q), Demo.PENGGUNA).getStatus()).isEqualTo(403);
		assertThat(as(get("/kelola/ppid/laporan/laporan.xlsx?" + q), Demo.WALIDATA).getStatus()).isEqualTo(403);
		MockHttpServletResponse x = as(get("/kelola/ppid/laporan/laporan.xlsx?" + q), Demo.PPID);
		assertThat(x.getStatus()).isEqualTo(200);
		try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(x.getContentAsByteArray()))) {
			Map<String, Double> ringkasan = new HashMap<>();
			for (Row row : wb.getSheetAt(0)) {
				if (row.getCell(1) != null && row.getCell(1).getCellType() == org.apache.poi.ss.usermodel.CellType.NUMERIC) {
					ringkasan.put(row.getCell(0).getStringCellValue().strip(), row.getCell(1).getNumericCellValue());
				}
			}
			assertThat(ringkasan.get("Jumlah permohonan")).isEqualTo((double) register.size());
			assertThat(ringkasan.get("Dikabulkan")).isEqualTo((double) granted);
			assertThat(ringkasan.get("Ditolak")).isEqualTo((double) refused);
			assertThat(ringkasan.get("Pasal 17 huruf h: mengungkap rahasia pribadi")).isEqualTo((double) refusedH);
			assertThat(ringkasan.get("Dalam proses")).isEqualTo((double) inProcess);
			assertThat(ringkasan.get("Dibatalkan")).isEqualTo((double) withdrawn);
			assertThat(ringkasan.get("Keberatan diajukan")).isEqualTo((double) objections);
			assertThat(ringkasan.get("Pasal 17 huruf e: merugikan ketahanan ekonomi nasional")).isEqualTo((double) register
				.values().stream().filter(v -> Set.of("DITOLAK", "KEBERATAN", "KEBERATAN_DITOLAK").contains(v[0]))
				.filter(v -> "PASAL_17_E".equals(v[1])).count());
			assertThat(ringkasan.get("Rata-rata waktu sampai keputusan (hari kerja)")).isEqualTo(average);
			Sheet sheet = wb.getSheet("Register");
			Set<String> nomor = new HashSet<>();
			for (Row row : sheet) {
				if (row.getRowNum() > 0) {
					nomor.add(row.getCell(0).getStringCellValue());
				}
			}
			assertThat(nomor).isEqualTo(register.keySet());
			assertThat(x.getContentAsString(StandardCharsets.ISO_8859_1)).doesNotContain("1971030303030003");
		}
		// the page and the PDF say the same
		String page = new String(as(get("/kelola/ppid/laporan?" + q), Demo.KADIS).getContentAsByteArray(), StandardCharsets.UTF_8);
		assertThat(org.jsoup.Jsoup.parse(page).selectFirst("#lap-jumlah").text()).isEqualTo(String.valueOf(register.size()));
		assertThat(org.jsoup.Jsoup.parse(page).selectFirst("#lap-dikabulkan").text()).isEqualTo(String.valueOf(granted));
		assertThat(org.jsoup.Jsoup.parse(page).selectFirst("#lap-PASAL_17_H").text()).isEqualTo(String.valueOf(refusedH));
		assertThat(org.jsoup.Jsoup.parse(page).selectFirst("#lap-keberatan").text()).isEqualTo(String.valueOf(objections));
		assertThat(org.jsoup.Jsoup.parse(page).selectFirst("#lap-rata").text()).isEqualTo(String.valueOf(average));
		assertThat(org.jsoup.Jsoup.parse(page).selectFirst("#lap-PASAL_17_E").text()).isEqualTo(String.valueOf(register
			.values().stream().filter(v -> v[0].startsWith("DITOLAK") || v[0].startsWith("KEBERATAN"))
			.filter(v -> "PASAL_17_E".equals(v[1])).count()));
		MockHttpServletResponse pdf = as(get("/kelola/ppid/laporan/laporan.pdf?" + q), Demo.PPID);
		try (PDDocument doc = Loader.loadPDF(pdf.getContentAsByteArray())) {
			String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
			assertThat(text).contains("Jumlah permohonan " + register.size());
			// (narrow table cells may break a number across lines)
			assertThat(text.replace(" ", "")).contains(dikabulkan, ditolakH, proses);
		}

		// retention: a closed request older than the period loses its personal data; an open one keeps it
		Instant lama = Instant.now().minusSeconds(3L * 366 * 24 * 3600);
		jdbc.update("UPDATE ppid_permohonan SET diubah_pada = ? WHERE nomor IN (?, ?)", Timestamp.from(lama), dikabulkan,
				proses);
		assertThat(anonimisasi.jalankan(Instant.now())).isGreaterThanOrEqualTo(1);
		assertThat(jdbc.queryForObject("SELECT nomor_identitas FROM ppid_permohonan WHERE nomor = ?", String.class,
				dikabulkan)).isEqualTo(Permohonan.ANONIM);
		assertThat(jdbc.queryForObject("SELECT nomor_identitas FROM ppid_permohonan WHERE nomor = ?", String.class, proses))
			.isEqualTo("1971060606060006");
		assertThat(jdbc.queryForObject("SELECT nomor_identitas FROM ppid_permohonan WHERE nomor = ?", String.class,
				ditolakH)).isEqualTo("1971040404040004");
		String halaman = new String(as(get("/kelola/ppid/" + dikabulkan), Demo.PPID).getContentAsByteArray(),
				StandardCharsets.UTF_8);
		assertThat(halaman).doesNotContain("1971030303030003", "Jl. Laporan 3").contains("Anggaran kegiatan statistik");
		String setelah = new String(as(get("/kelola/ppid/laporan?" + q), Demo.PPID).getContentAsByteArray(),
				StandardCharsets.UTF_8);
		assertThat(org.jsoup.Jsoup.parse(setelah).selectFirst("#lap-jumlah").text()).isEqualTo(String.valueOf(register.size()));
		assertThat(jdbc.queryForObject("SELECT count(*) FROM audit_event WHERE aksi = 'ppid.dianonimkan' AND ringkasan LIKE ?",
				Integer.class, dikabulkan + "%")).isEqualTo(1);
	}

}
