package id.satudata.referensi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import id.satudata.test.Demo;
import id.satudata.test.IntegrationTest;
import id.satudata.test.TestAccounts;

@IntegrationTest
class KodeReferensiImportIT {

	static final AtomicInteger SEQ = new AtomicInteger();

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	KodeReferensiLookup lookup;

	/** A new list kept by the province (the demo Walidata's organization). */
	String newList() throws Exception {
		String slug = "uji-" + SEQ.incrementAndGet() + "-" + (System.nanoTime() % 100000);
		mvc.perform(post("/kelola/kode-referensi/baru").with(csrf()).with(accounts.as(Demo.WALIDATA))
			.param("slug", slug).param("nama", "Daftar Uji " + slug).param("hierarkis", "true").param("publik", "true"))
			.andExpect(redirectedUrl("/kelola/kode-referensi/" + slug));
		return slug;
	}

	ResultActions upload(String slug, String user, String filename, byte[] content, String mode) throws Exception {
		return mvc.perform(multipart("/kelola/kode-referensi/{slug}/impor", slug)
			.file(new MockMultipartFile("berkas", filename, "text/csv", content)).param("mode", mode)
			.with(csrf()).with(accounts.as(user)));
	}

	Map<String, Object> state(String slug) {
		return jdbc.queryForMap("SELECT d.versi, d.jumlah_kode, (SELECT COUNT(*) FROM kode_referensi_item i "
				+ "WHERE i.daftar_id = d.id) AS baris FROM kode_referensi d WHERE d.slug = ?", slug);
	}

	static byte[] utf8(String s) {
		return s.getBytes(StandardCharsets.UTF_8);
	}

	@Test
	void goodCsvBecomesVersionOneAndIsPublic() throws Exception {
		String slug = newList();
		upload(slug, Demo.WALIDATA, "sekolah.csv", utf8("""
				kode,nama,kode_induk,tingkat,keterangan
				SD,Sekolah Dasar,,jenjang,wajib belajar
				SD-N,SD Negeri,SD,status,
				SD-S,SD Swasta,SD,status,
				"""), "GABUNG")
			.andExpect(redirectedUrl("/kelola/kode-referensi/" + slug))
			.andExpect(flash().attribute("sukses", containsString("versi 1 dengan 3 kode ditambah")));
		assertThat(state(slug)).containsEntry("versi", 1).containsEntry("jumlah_kode", 3);
		assertThat(lookup.anak(slug, "SD")).extracting(KodeView::kode).containsExactly("SD-N", "SD-S");
		assertThat(lookup.kode(slug, "SD").orElseThrow().atribut()).containsEntry("keterangan", "wajib belajar");
		mvc.perform(get("/kode-referensi/{s}/SD", slug)).andExpect(content().string(containsString("SD Negeri")));
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_event WHERE aksi = 'kodeReferensi.diimpor' "
				+ "AND objek_id = ?", Integer.class, slug)).isEqualTo(1);

		// the same file again changes nothing and makes no version
		upload(slug, Demo.WALIDATA, "sekolah.csv", utf8("kode,nama,kode_induk,tingkat,keterangan\nSD,Sekolah Dasar,,jenjang,wajib belajar\n"),
				"GABUNG").andExpect(flash().attribute("sukses", containsString("Tidak ada versi baru")));
		assertThat(state(slug)).containsEntry("versi", 1);

		// export, then import the export: nothing changes (a true round trip)
		byte[] export = mvc.perform(get("/kode-referensi/{s}/unduh.csv", slug)).andReturn().getResponse()
			.getContentAsByteArray();
		assertThat(new String(export, StandardCharsets.UTF_8)).contains("SD-N,SD Negeri,SD,status");
		upload(slug, Demo.WALIDATA, "ekspor.csv", export, "GANTI")
			.andExpect(flash().attribute("sukses", containsString("Tidak ada versi baru")));
	}

	@Test
	void badRowsAreAllReportedAndTheListStaysAsItWas() throws Exception {
		String slug = newList();
		upload(slug, Demo.WALIDATA, "awal.csv", utf8("kode,nama\nA,Alfa\n"), "GABUNG");
		Map<String, Object> before = state(slug);
		upload(slug, Demo.WALIDATA, "rusak.csv", utf8("""
				kode,nama,kode_induk
				B,Beta,A
				B,Beta lagi,A
				C,,A
				D,Delta,Z
				E,Eko,B
				"""), "GABUNG")
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Impor dibatalkan: ditemukan 3 masalah.")))
			.andExpect(content().string(containsString("Kode ini sudah muncul di baris 2.")))
			.andExpect(content().string(containsString("Nama kosong.")))
			.andExpect(content().string(containsString("Kode induk Z tidak ada di berkas maupun di daftar.")))
			.andExpect(content().string(containsString("<td>4</td>")));
		assertThat(state(slug)).isEqualTo(before);
		assertThat(lookup.kode(slug, "B")).isEmpty();
	}

	@Test
	void theReportIsInEnglishForEnglishUsers() throws Exception {
		String slug = newList();
		mvc.perform(multipart("/kelola/kode-referensi/{slug}/impor", slug)
			.file(new MockMultipartFile("berkas", "x.csv", "text/csv", utf8("kode,nama\n1,\n")))
			.param("lang", "en").with(csrf()).with(accounts.as(Demo.WALIDATA)))
			.andExpect(content().string(containsString("Import cancelled: 1 problems found.")))
			.andExpect(content().string(containsString("The name is empty.")));
	}

	@Test
	void wrongEncodingAndUnsupportedFilesAreRefusedWithAClearMessage() throws Exception {
		String slug = newList();
		upload(slug, Demo.WALIDATA, "latin1.csv",
				"kode,nama\n1,Kepulauan Seribu \u2013 Utara\n".getBytes(Charset.forName("windows-1252")), "GABUNG")
			.andExpect(redirectedUrl("/kelola/kode-referensi/" + slug))
			.andExpect(flash().attribute("galat", containsString("bukan teks UTF-8 (karakter tidak dikenal di baris 2)")));
		upload(slug, Demo.WALIDATA, "gambar.png", new byte[] { (byte) 0x89, 'P', 'N', 'G' }, "GABUNG")
			.andExpect(flash().attribute("galat", containsString("Jenis berkas tidak didukung")));
		upload(slug, Demo.WALIDATA, "kosong.csv", new byte[0], "GABUNG")
			.andExpect(flash().attribute("galat", containsString("Pilih berkas")));
		assertThat(state(slug)).containsEntry("versi", 0);
		// the format comes from the content, not the name: a CSV named .xlsx is read as the CSV it is
		upload(slug, Demo.WALIDATA, "salah-nama.xlsx", utf8("kode,nama\n1,Satu\n"), "GABUNG")
			.andExpect(flash().attribute("sukses", containsString("1 kode ditambah")));
		// and a broken spreadsheet is refused whole
		upload(slug, Demo.WALIDATA, "rusak.xlsx", new byte[] { 'P', 'K', 3, 4, 0, 0, 0, 0, 1, 2, 3 }, "GABUNG")
			.andExpect(flash().attribute("galat", containsString("XLSX rusak")));
		assertThat(state(slug)).containsEntry("versi", 1);
	}

	@Test
	void xlsxImportAndReplaceModeRetiresMissingCodes() throws Exception {
		String slug = newList();
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (XSSFWorkbook wb = new XSSFWorkbook()) {
			Sheet s = wb.createSheet("Kode");
			String[][] rows = { { "kode", "nama", "berlaku_mulai" }, { "01", "Pertanian", "2020-01-01" },
					{ "02", "Pertambangan", "" }, { "03", "Industri", "" } };
			for (int i = 0; i < rows.length; i++) {
				Row r = s.createRow(i);
				for (int j = 0; j < rows[i].length; j++) {
					if (!rows[i][j].isEmpty()) {
						r.createCell(j).setCellValue(rows[i][j]);
					}
				}
			}
			wb.write(out);
		}
		upload(slug, Demo.WALIDATA, "kbli.xlsx", out.toByteArray(), "GABUNG")
			.andExpect(flash().attribute("sukses", containsString("3 kode ditambah")));
		upload(slug, Demo.WALIDATA, "kbli.csv", utf8("kode,nama\n01,Pertanian\n03,Industri Pengolahan\n"), "GANTI")
			.andExpect(flash().attribute("sukses", containsString("versi 2 dengan 0 kode ditambah, 2 diubah, 1 dipensiunkan")));
		KodeView retired = lookup.kode(slug, "02").orElseThrow();
		assertThat(retired.aktif()).isFalse();
		assertThat(retired.berlakuSampai()).isNotNull();
		assertThat(lookup.kode(slug, "03").orElseThrow().nama()).isEqualTo("Industri Pengolahan");
		assertThat(state(slug)).containsEntry("jumlah_kode", 2).containsEntry("versi", 2);
		mvc.perform(get("/kelola/kode-referensi/{s}", slug).with(accounts.as(Demo.WALIDATA)))
			.andExpect(content().string(containsString("(+0 ditambah, 2 diubah, 1 dipensiunkan)")));
	}

	@Test
	void onlyTheKeepingWalidataOrAnAdministratorChangesAList() throws Exception {
		String slug = newList();
		upload(slug, Demo.WALIDATA_PANGKALPINANG, "x.csv", utf8("kode,nama\n1,Satu\n"), "GABUNG")
			.andExpect(status().isForbidden());
		mvc.perform(post("/kelola/kode-referensi/{s}/kode/baru", slug).with(csrf())
			.with(accounts.as(Demo.WALIDATA_PANGKALPINANG)).param("kode", "1").param("nama", "Satu"))
			.andExpect(status().isForbidden());
		// the region list is kept by the administrator
		upload("wilayah", Demo.WALIDATA, "x.csv", utf8("kode,nama\n99,Provinsi Baru\n"), "GABUNG")
			.andExpect(status().isForbidden());
		assertThat(lookup.kode("wilayah", "99")).isEmpty();
		upload(slug, Demo.ADMIN, "x.csv", utf8("kode,nama\n1,Satu\n"), "GABUNG").andExpect(status().is3xxRedirection());
		assertThat(state(slug)).containsEntry("versi", 1);
	}

	@Test
	void codesAreAddedEditedAndRetiredOneByOneWithVersions() throws Exception {
		String slug = newList();
		mvc.perform(post("/kelola/kode-referensi/{s}/kode/baru", slug).with(csrf()).with(accounts.as(Demo.WALIDATA))
			.param("kode", "L").param("nama", "Laki-laki")).andExpect(status().is3xxRedirection());
		mvc.perform(post("/kelola/kode-referensi/{s}/kode/baru", slug).with(csrf()).with(accounts.as(Demo.WALIDATA))
			.param("kode", "P").param("nama", "Perempuan").param("kodeInduk", "X"))
			.andExpect(content().string(containsString("Kode induk X tidak ada")));
		mvc.perform(post("/kelola/kode-referensi/{s}/kode/baru", slug).with(csrf()).with(accounts.as(Demo.WALIDATA))
			.param("kode", "L").param("nama", "Lagi")).andExpect(content().string(containsString("Kode L sudah ada")));
		mvc.perform(post("/kelola/kode-referensi/{s}/kode/L", slug).with(csrf()).with(accounts.as(Demo.WALIDATA))
			.param("nama", "Laki-Laki")).andExpect(status().is3xxRedirection());
		mvc.perform(post("/kelola/kode-referensi/{s}/kode/L/pensiun", slug).with(csrf()).with(accounts.as(Demo.WALIDATA)))
			.andExpect(status().is3xxRedirection());
		assertThat(state(slug)).containsEntry("versi", 3).containsEntry("jumlah_kode", 0);
		assertThat(lookup.kode(slug, "L").orElseThrow().nama()).isEqualTo("Laki-Laki");
		assertThat(jdbc.queryForList("SELECT aksi FROM audit_event WHERE objek_id = ? ORDER BY id", String.class, slug))
			.containsExactly("kodeReferensi.dibuat", "kodeReferensi.kodeDitambah", "kodeReferensi.kodeDiubah",
					"kodeReferensi.kodeDipensiunkan");
	}

	@Test
	void aParentWithLiveChildrenCannotBeRetired() throws Exception {
		String slug = newList();
		upload(slug, Demo.WALIDATA, "h.csv", utf8("kode,nama,kode_induk\nA,Alfa,\nA1,Alfa satu,A\n"), "GABUNG");
		mvc.perform(post("/kelola/kode-referensi/{s}/kode/A/pensiun", slug).with(csrf()).with(accounts.as(Demo.WALIDATA)))
			.andExpect(flash().attribute("galat", containsString("masih memiliki kode berlaku di bawahnya")));
		assertThat(lookup.kode(slug, "A").orElseThrow().aktif()).isTrue();
	}

	@Test
	void crosswalkPairsAreCheckedAgainstBothLists() throws Exception {
		mvc.perform(get("/kode-referensi/padanan/bps-kemendagri-babel").param("sumber", "1971"))
			.andExpect(content().string(containsString("19.71")))
			.andExpect(content().string(containsString("Kota Pangkal Pinang")));
		mvc.perform(multipart("/kelola/padanan/bps-kemendagri-babel/impor")
			.file(new MockMultipartFile("berkas", "p.csv", "text/csv", utf8("kode_sumber,kode_target\n1901,19.99\n9999,19.01\n")))
			.with(csrf()).with(accounts.as(Demo.ADMIN)))
			.andExpect(content().string(containsString("Kode target 19.99 tidak ada di daftar target.")))
			.andExpect(content().string(containsString("Kode sumber 9999 tidak ada di daftar sumber.")));
		assertThat(jdbc.queryForObject("SELECT jumlah_pasangan FROM padanan_kode WHERE slug = 'bps-kemendagri-babel'",
				Integer.class)).isEqualTo(8);
	}

}
