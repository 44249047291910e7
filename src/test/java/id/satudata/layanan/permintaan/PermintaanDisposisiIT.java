package id.satudata.layanan.permintaan;

import static id.satudata.layanan.LayananUji.dari;
import static id.satudata.layanan.LayananUji.ipAcak;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import id.satudata.layanan.LayananUji;
import id.satudata.layanan.LayananUji.Tiket;
import id.satudata.organisasi.PenggunaDirectory;
import id.satudata.test.Demo;
import id.satudata.test.IntegrationTest;
import id.satudata.test.TestAccounts;

/**
 * One request through the whole chain over HTTP: Kepala Dinas → Kepala Bidang → Sub Koordinator →
 * Petugas Layanan, each step only by its holder, with an instruction, written to the disposition
 * sheet with the working time held against its target, audited and notified; the Petugas resolves
 * it; the requester sees the result and rates it once.
 */
@IntegrationTest
class PermintaanDisposisiIT {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	PenggunaDirectory pengguna;

	MvcResult aksi(String user, String nomor, String aksi, String catatan, String... lain) throws Exception {
		var b = post("/kelola/layanan/" + nomor + "/aksi").with(csrf()).with(accounts.as(user)).param("aksi", aksi);
		if (catatan != null) {
			b.param("catatan", catatan);
		}
		for (int i = 0; i + 1 < lain.length; i += 2) {
			b.param(lain[i], lain[i + 1]);
		}
		return mvc.perform(b).andExpect(status().is3xxRedirection()).andReturn();
	}

	String keadaan(String nomor) {
		return jdbc.queryForObject("SELECT status || '/' || tingkat FROM layanan_permintaan WHERE nomor = ?", String.class,
				nomor);
	}

	Document halaman(String user, String path) throws Exception {
		return Jsoup.parse(mvc.perform(get(path).with(accounts.as(user))).andExpect(status().isOk()).andReturn()
			.getResponse().getContentAsString());
	}

	@Test
	void aRequestGoesDownTheWholeChainIsResolvedAndRated() throws Exception {
		String perihal = LayananUji.penanda();
		Tiket t = LayananUji.ajukan(mvc, LayananUji.permintaan(perihal));
		String nomor = t.nomor();
		long kabid = pengguna.penggunaDenganUsername(Demo.KABID).orElseThrow().id();
		assertThat(keadaan(nomor)).isEqualTo("DI_KEPALA_DINAS/KEPALA_DINAS");

		// the Kepala Dinas has it in the inbox with its clock against 30 minutes; the Kepala Bidang does not yet
		Document inbox = halaman(Demo.KADIS, "/kelola/layanan");
		assertThat(inbox.select("#tabel-permintaan").text()).contains(nomor).contains(perihal);
		assertThat(inbox.select("[data-timer]").text()).contains("dari 30 menit");
		assertThat(halaman(Demo.KABID, "/kelola/layanan").select("#tabel-permintaan").text()).doesNotContain(nomor);
		assertThat(halaman(Demo.KABID, "/kelola/layanan?tampil=semua").select("#tabel-permintaan").text()).contains(nomor);
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM notifikasi n JOIN pengguna p ON p.id = n.pengguna_id"
				+ " WHERE p.username = ? AND n.argumen LIKE ?", Integer.class, Demo.KADIS, "%" + nomor + "%")).isOne();

		// nobody but the holder takes the step; a disposition needs an instruction
		MvcResult r = aksi(Demo.KABID, nomor, "DISPOSISI", "lompat");
		assertThat(r.getFlashMap().get("galat")).isEqualTo("Anda tidak berwenang melakukan \"Disposisikan\" pada tiket ini.");
		r = aksi(Demo.KADIS, nomor, "DISPOSISI", " ");
		assertThat(r.getFlashMap().get("galat")).isEqualTo("Tuliskan instruksi disposisi.");
		r = aksi(Demo.KADIS, nomor, "SELESAIKAN", "belum");
		assertThat((String) r.getFlashMap().get("galat")).contains("tidak berlaku");
		assertThat(keadaan(nomor)).isEqualTo("DI_KEPALA_DINAS/KEPALA_DINAS");

		// Kepala Dinas → the named Kepala Bidang
		Document page = halaman(Demo.KADIS, "/kelola/layanan/" + nomor);
		assertThat(page.select("#kepadaId option").eachText()).contains("Kepala Bidang e-Government dan Statistik");
		aksi(Demo.KADIS, nomor, "DISPOSISI", "Mohon ditindaklanjuti sesuai SOP.", "kepadaId", String.valueOf(kabid));
		assertThat(keadaan(nomor)).isEqualTo("DI_KEPALA_BIDANG/KEPALA_BIDANG");
		assertThat(jdbc.queryForObject("SELECT pemegang_id FROM layanan_permintaan WHERE nomor = ?", Long.class, nomor))
			.isEqualTo(kabid);
		assertThat(halaman(Demo.KABID, "/kelola/layanan").select("#tabel-permintaan").text()).contains(nomor);
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM notifikasi WHERE pengguna_id = ? AND judul_key = ?"
				+ " AND argumen LIKE ?", Integer.class, kabid, "layanan.notif.disposisi", "%" + nomor + "%")).isOne();

		// Kepala Bidang → Sub Koordinator → Petugas Layanan (the work starts against the SLA: 1–6 weeks)
		aksi(Demo.KABID, nomor, "DISPOSISI", "Sub Koordinator: siapkan jawaban.");
		assertThat(keadaan(nomor)).isEqualTo("DI_SUB_KOORDINATOR/SUB_KOORDINATOR");
		aksi(Demo.SUBKOOR, nomor, "DISPOSISI", "Petugas: tayangkan dataset setelah diperiksa.");
		assertThat(keadaan(nomor)).isEqualTo("DIPROSES/PETUGAS_LAYANAN");
		Instant mulai = jdbc.queryForObject("SELECT mulai_dikerjakan FROM layanan_permintaan WHERE nomor = ?",
				OffsetDateTime.class, nomor).toInstant();
		Instant tenggat = jdbc.queryForObject("SELECT tenggat FROM layanan_permintaan WHERE nomor = ?", OffsetDateTime.class,
				nomor).toInstant();
		assertThat(java.time.Duration.between(mulai, tenggat).toDays()).isBetween(41L, 45L);

		// the disposition sheet: three steps, each against its target, in working time
		List<Map<String, Object>> lembar = jdbc.queryForList("SELECT aksi, tingkat, ke_tingkat, pelaku, sasaran_menit, catatan"
				+ " FROM layanan_riwayat WHERE objek_tipe = 'PERMINTAAN' AND objek_id = (SELECT id FROM layanan_permintaan"
				+ " WHERE nomor = ?) ORDER BY id", nomor);
		assertThat(lembar).extracting(m -> m.get("aksi") + ":" + m.get("tingkat") + ">" + m.get("ke_tingkat") + ":"
				+ m.get("pelaku") + ":" + m.get("sasaran_menit")).containsExactly(
						"DIAJUKAN:null>KEPALA_DINAS:publik:null",
						"DISPOSISI:KEPALA_DINAS>KEPALA_BIDANG:kadis:30",
						"DISPOSISI:KEPALA_BIDANG>SUB_KOORDINATOR:kabid:15",
						"DISPOSISI:SUB_KOORDINATOR>PETUGAS_LAYANAN:subkoor:15");
		Document detail = halaman(Demo.PETUGAS, "/kelola/layanan/" + nomor);
		assertThat(detail.select("#riwayat").text()).contains("Mohon ditindaklanjuti sesuai SOP.").contains("Kepala Dinas Kominfo")
			.doesNotContain("null").contains("ditahan");
		assertThat(detail.select("#timer-permintaan").text()).startsWith("sisa");
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_event WHERE aksi = 'layanan.didisposisi' AND ringkasan LIKE ?",
				Integer.class, nomor + "%")).isEqualTo(3);

		// the requester's tracking page shows the steps but not the internal instructions
		LayananUji.Sesi sesi = new LayananUji.Sesi();
		LayananUji.lacak(mvc, sesi, nomor, t.kode(), ipAcak());
		String publik = Jsoup.parse(sesi.perform(mvc, get("/layanan/lacak/" + nomor)).andReturn().getResponse()
			.getContentAsString()).select("#riwayat").text();
		assertThat(publik).contains("Didisposisikan").doesNotContain("Mohon ditindaklanjuti").doesNotContain("Kepala Dinas Kominfo");

		// only the Petugas resolves; the result goes to the requester
		assertThat((String) aksi(Demo.SUBKOOR, nomor, "SELESAIKAN", "x").getFlashMap().get("galat")).contains("tidak berwenang");
		aksi(Demo.PETUGAS, nomor, "SELESAIKAN", "Dataset telah ditayangkan: /dataset/penduduk-desa.");
		assertThat(keadaan(nomor)).isEqualTo("SELESAI/PETUGAS_LAYANAN");
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM notifikasi WHERE surel = ? AND judul_key = 'layanan.notif.selesai'",
				Integer.class, "siti+" + perihal.toLowerCase() + "@contoh.id")).isOne();

		// the requester sees the result and rates it, once
		Document tiket = Jsoup.parse(sesi.perform(mvc, get("/layanan/lacak/" + nomor)).andReturn().getResponse()
			.getContentAsString());
		assertThat(tiket.select("#hasil-tiket").text()).contains("Dataset telah ditayangkan");
		assertThat(tiket.select("#form-nilai input[name=nilai]")).hasSize(5);
		sesi.perform(mvc, post("/layanan/lacak/" + nomor + "/nilai").with(csrf()).param("nilai", "5").param("komentar",
				"Cepat dan jelas.")).andExpect(status().is3xxRedirection());
		MvcResult lagi = sesi.perform(mvc, post("/layanan/lacak/" + nomor + "/nilai").with(csrf()).param("nilai", "1"))
			.andReturn();
		assertThat(lagi.getFlashMap().get("galat")).isEqualTo("Tiket ini sudah dinilai.");
		assertThat(jdbc.queryForObject("SELECT nilai FROM layanan_permintaan WHERE nomor = ?", Integer.class, nomor)).isEqualTo(5);
		// without the code, no rating
		mvc.perform(post("/layanan/lacak/" + nomor + "/nilai").with(csrf()).param("nilai", "1"))
			.andExpect(status().is3xxRedirection());
		assertThat(jdbc.queryForObject("SELECT nilai FROM layanan_permintaan WHERE nomor = ?", Integer.class, nomor)).isEqualTo(5);
	}

	@Test
	void theKepalaDinasMayHandleItHimselfOrCloseIt() throws Exception {
		Tiket a = LayananUji.ajukan(mvc, LayananUji.permintaan(LayananUji.penanda()));
		aksi(Demo.KADIS, a.nomor(), "TANGANI", null);
		assertThat(keadaan(a.nomor())).isEqualTo("DIPROSES/KEPALA_DINAS");
		assertThat((String) aksi(Demo.PETUGAS, a.nomor(), "SELESAIKAN", "x").getFlashMap().get("galat")).contains("tidak berwenang");
		aksi(Demo.KADIS, a.nomor(), "SELESAIKAN", "Dijawab langsung.");
		assertThat(keadaan(a.nomor())).isEqualTo("SELESAI/KEPALA_DINAS");

		Tiket b = LayananUji.ajukan(mvc, LayananUji.permintaan(LayananUji.penanda()));
		aksi(Demo.KADIS, b.nomor(), "TUTUP", "Duplikat dari tiket lain.");
		assertThat(keadaan(b.nomor())).isEqualTo("DITUTUP/KEPALA_DINAS");
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_event WHERE aksi = 'layanan.ditutup' AND ringkasan LIKE ?",
				Integer.class, b.nomor() + "%")).isOne();
	}

	@Test
	void aStepOnAStaleVersionIsRefused() throws Exception {
		Tiket a = LayananUji.ajukan(mvc, LayananUji.permintaan(LayananUji.penanda()));
		Long version = jdbc.queryForObject("SELECT version FROM layanan_permintaan WHERE nomor = ?", Long.class, a.nomor());
		aksi(Demo.KADIS, a.nomor(), "DISPOSISI", "ke Kabid", "version", String.valueOf(version));
		MvcResult r = aksi(Demo.KADIS, a.nomor(), "TUTUP", "usang", "version", String.valueOf(version));
		assertThat(r.getFlashMap().get("galat")).isNotNull();
		assertThat(keadaan(a.nomor())).isEqualTo("DI_KEPALA_BIDANG/KEPALA_BIDANG");
	}

	@Test
	void staffRecordARequestThatCameByPhoneWithItsTimeAndChannel() throws Exception {
		long org = jdbc.queryForObject("SELECT id FROM organisasi WHERE kode_wilayah = '19'", Long.class);
		String perihal = LayananUji.penanda();
		// kemarin pukul 10.00 WIB
		String kemarin = LocalDateTime.now(ZoneId.of("Asia/Jakarta")).minusDays(1).withHour(10).withMinute(0).withSecond(0)
			.withNano(0).toString();
		MvcResult r = mvc.perform(LayananUji.formulir("/kelola/layanan/baru", Map.of("organisasiId", String.valueOf(org),
				"kanal", "TELEPON", "diterimaPada", kemarin, "jenis", "PERENCANAAN", "perihal", perihal, "uraian",
				"Dinas Pertanian menanyakan format Daftar Data 2027.", "nama", "Bapak Rahmat", "instansi", "Distan",
				"telepon", "0717 123456")).with(accounts.as(Demo.PETUGAS))).andExpect(status().is3xxRedirection()).andReturn();
		String nomor = r.getResponse().getRedirectedUrl().substring("/kelola/layanan/".length());
		assertThat((String) r.getFlashMap().get("sukses")).contains(nomor).containsPattern("[2-9A-Z]{5}-[2-9A-Z]{5}");
		Map<String, Object> row = jdbc.queryForMap("SELECT kanal, dicatat_oleh, status FROM layanan_permintaan WHERE nomor = ?",
				nomor);
		assertThat(row).containsEntry("kanal", "TELEPON").containsEntry("dicatat_oleh", "petugas")
			.containsEntry("status", "DI_KEPALA_DINAS");
		// the portal channel is for requesters themselves; a time in the future is refused
		Document d = Jsoup.parse(mvc.perform(LayananUji.formulir("/kelola/layanan/baru", Map.of("organisasiId",
				String.valueOf(org), "kanal", "PORTAL", "jenis", "PERENCANAAN", "perihal", "x", "uraian", "y", "nama", "z",
				"telepon", "0717 123456")).with(accounts.as(Demo.PETUGAS))).andExpect(status().isOk()).andReturn()
			.getResponse().getContentAsString());
		assertThat(d.select("#kanal-info").text()).contains("Pilih saluran");
		d = Jsoup.parse(mvc.perform(LayananUji.formulir("/kelola/layanan/baru", Map.of("organisasiId", String.valueOf(org),
				"kanal", "SURAT", "diterimaPada", "2099-01-01T10:00", "jenis", "PERENCANAAN", "perihal", "x", "uraian", "y",
				"nama", "z", "telepon", "0717 123456")).with(accounts.as(Demo.PETUGAS))).andExpect(status().isOk()).andReturn()
			.getResponse().getContentAsString());
		assertThat(d.select("#diterimaPada-info").text()).contains("tidak boleh di masa depan");
		// a new tracking code for a requester who lost it
		MvcResult kode = mvc.perform(post("/kelola/layanan/" + nomor + "/kode-baru").with(csrf()).with(accounts.as(Demo.PETUGAS)))
			.andReturn();
		assertThat((String) kode.getFlashMap().get("sukses")).containsPattern("[2-9A-Z]{5}-[2-9A-Z]{5}");
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_event WHERE aksi = 'layanan.kodeLacakBaru' AND ringkasan = ?",
				Integer.class, nomor)).isOne();
		mvc.perform(get("/").with(dari(ipAcak()))).andExpect(status().isOk());
	}

}
