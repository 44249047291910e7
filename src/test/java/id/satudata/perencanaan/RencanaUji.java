package id.satudata.perencanaan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import id.satudata.organisasi.JenisUnit;
import id.satudata.organisasi.OrganisasiDirectory;
import id.satudata.organisasi.UnitRef;
import id.satudata.test.Demo;
import id.satudata.test.TestAccounts;

/**
 * Object mother of planning test data, made through the real pages as the demo accounts would:
 * the Walidata opens a list of a year nobody else uses, producers propose, the Walidata submits,
 * Bappeda recommends and records the Forum's session.
 */
public class RencanaUji {

	static final Pattern ID = Pattern.compile("/(\\d+)(?:[#?].*)?$");

	/** A list: its id and year. */
	public record Daftar(long id, int tahun) {
	}

	private final MockMvc mvc;
	private final TestAccounts accounts;
	private final OrganisasiDirectory organisasi;

	public RencanaUji(MockMvc mvc, TestAccounts accounts, OrganisasiDirectory organisasi) {
		this.mvc = mvc;
		this.accounts = accounts;
		this.organisasi = organisasi;
	}

	public long provinsi() {
		return organisasi.organisasiDenganKodeWilayah("19").orElseThrow().id();
	}

	public long unit(String singkatan) {
		return unit(provinsi(), singkatan);
	}

	public long unit(long org, String singkatan) {
		return organisasi.unitOrganisasi(org).stream().filter(u -> singkatan.equals(u.singkatan())).map(UnitRef::id).findFirst()
			.orElseThrow();
	}

	public long unitOfType(long org, JenisUnit jenis) {
		return organisasi.unitBerjenis(org, jenis).get(0).id();
	}

	/** The province's Walidata opens the Daftar Data of a year no other test uses. */
	public Daftar bukaDaftar() throws Exception {
		return bukaDaftar(Demo.WALIDATA, provinsi());
	}

	public Daftar bukaDaftar(String walidata, long org) throws Exception {
		for (int i = 0; i < 50; i++) {
			int tahun = 2035 + ThreadLocalRandom.current().nextInt(60);
			MvcResult r = mvc.perform(post("/kelola/daftar-data/baru").with(csrf()).with(accounts.as(walidata))
				.param("organisasiId", String.valueOf(org)).param("tahun", String.valueOf(tahun))).andReturn();
			String to = r.getResponse().getRedirectedUrl();
			if (to != null && to.matches("/kelola/daftar-data/\\d+")) {
				return new Daftar(id(to), tahun);
			}
		}
		throw new IllegalStateException("No free year for a test list");
	}

	/** The fields of an entry form; override with {@code extra} (name, value, ...). */
	public Map<String, String> entri(String judul, long unitId, String frekuensi, String... extra) {
		Map<String, String> f = new LinkedHashMap<>();
		f.put("judul", judul);
		f.put("deskripsi", "Entri uji " + judul);
		f.put("produsenUnitId", String.valueOf(unitId));
		f.put("jenisData", "STATISTIK");
		f.put("frekuensi", frekuensi);
		f.put("akses", "TERBUKA");
		f.put("topik", "kependudukan");
		for (int i = 0; i < extra.length; i += 2) {
			f.put(extra[i], extra[i + 1]);
		}
		return f;
	}

	/** Proposes an entry and returns its id (asserting it was accepted). */
	public long usulkan(String user, long daftarId, Map<String, String> fields) throws Exception {
		MockHttpServletRequestBuilder b = post("/kelola/daftar-data/" + daftarId + "/entri/baru").with(csrf())
			.with(accounts.as(user));
		fields.forEach(b::param);
		MvcResult r = mvc.perform(b).andReturn();
		String to = r.getResponse().getRedirectedUrl();
		assertThat(to).as("proposal accepted: %s", r.getResponse().getContentAsString(StandardCharsets.UTF_8))
			.startsWith("/kelola/daftar-data/entri/");
		return id(to);
	}

	public MvcResult ajukanDaftar(String user, long daftarId) throws Exception {
		return mvc.perform(post("/kelola/daftar-data/" + daftarId + "/ajukan").with(csrf()).with(accounts.as(user)))
			.andReturn();
	}

	public MvcResult aksi(String user, long entriId, String aksi, String catatan) throws Exception {
		MockHttpServletRequestBuilder b = post("/kelola/daftar-data/entri/" + entriId + "/aksi").with(csrf())
			.with(accounts.as(user)).param("aksi", aksi);
		if (catatan != null) {
			b.param("catatan", catatan);
		}
		return mvc.perform(b).andReturn();
	}

	public MvcResult rekomendasi(String user, long entriId, String justifikasi, String... kriteria) throws Exception {
		MockHttpServletRequestBuilder b = post("/kelola/data-prioritas/rekomendasi").with(csrf()).with(accounts.as(user))
			.param("entriId", String.valueOf(entriId)).param("justifikasi", justifikasi);
		for (String k : kriteria) {
			b.param("kriteria", k);
		}
		return mvc.perform(b).andReturn();
	}

	/** The Koordinator Forum records a session (number, chair and a participant set) and returns its id. */
	public long sesi(String judul, LocalDate tanggal, String nomor) throws Exception {
		MvcResult r = mvc.perform(post("/kelola/forum/baru").with(csrf()).with(accounts.as(Demo.KOORDINATOR))
			.param("organisasiId", String.valueOf(provinsi())).param("judul", judul).param("nomor", nomor)
			.param("tanggal", tanggal.toString()).param("jamMulai", "09:00").param("jamSelesai", "11:30")
			.param("tempat", "Ruang Rapat Bappeda").param("kota", "Pangkalpinang").param("agenda", "Daftar Data\nData Prioritas")
			.param("pimpinanNama", "Ketua Forum Uji").param("pimpinanJabatan", "Kepala Bappeda")
			.param("notulisNama", "Notulis Uji").param("notulisJabatan", "Pranata Komputer")).andReturn();
		String to = r.getResponse().getRedirectedUrl();
		assertThat(to).as("session recorded").matches("/kelola/forum/\\d+");
		long id = id(to);
		assertThat(flashGalat(mvc.perform(post("/kelola/forum/" + id + "/peserta").with(csrf())
			.with(accounts.as(Demo.KOORDINATOR)).param("nama", "Peserta Uji").param("jabatan", "Walidata")
			.param("instansi", "Diskominfo")).andReturn())).isNull();
		return id;
	}

	public MvcResult keputusan(long sesi, long entriId, String keputusan, String prioritas, String catatan)
			throws Exception {
		return mvc.perform(post("/kelola/forum/" + sesi + "/keputusan").with(csrf()).with(accounts.as(Demo.KOORDINATOR))
			.param("entriId", String.valueOf(entriId)).param("keputusan", keputusan).param("prioritas", prioritas)
			.param("catatan", catatan == null ? "" : catatan)).andReturn();
	}

	public MvcResult tetapkan(long sesi) throws Exception {
		return mvc.perform(post("/kelola/forum/" + sesi + "/tetapkan").with(csrf()).with(accounts.as(Demo.KOORDINATOR)))
			.andReturn();
	}

	/** Proposed, submitted and approved by a Forum session (optionally as Data Prioritas); returns the entry id. */
	public long disetujui(Daftar d, String user, Map<String, String> fields, boolean prioritas) throws Exception {
		long id = usulkan(user, d.id(), fields);
		assertThat(flashGalat(ajukanDaftar(Demo.WALIDATA, d.id()))).isNull();
		if (prioritas) {
			assertThat(flashGalat(rekomendasi(Demo.KOORDINATOR, id, "Indikator RPJMD yang dipakai lintas OPD.",
					"RPJMD_RKPD"))).isNull();
		}
		long sesi = sesi("Forum uji " + fields.get("judul"), LocalDate.of(d.tahun() - 1, 11, 10), "000.5/" + id + "/UJI");
		assertThat(flashGalat(keputusan(sesi, id, "SETUJUI", prioritas ? "YA" : "TETAP", null))).isNull();
		assertThat(flashGalat(tetapkan(sesi))).isNull();
		return id;
	}

	public String html(String user, String path) throws Exception {
		MockHttpServletRequestBuilder b = get(path);
		if (user != null) {
			b.with(accounts.as(user));
		}
		MvcResult r = mvc.perform(b).andReturn();
		assertThat(r.getResponse().getStatus()).as(path).isEqualTo(200);
		return r.getResponse().getContentAsString(StandardCharsets.UTF_8);
	}

	public static String flashGalat(MvcResult r) {
		Object g = r.getFlashMap().get("galat");
		return g == null ? null : g.toString();
	}

	public static long id(String url) {
		Matcher m = ID.matcher(url);
		if (!m.find()) {
			throw new IllegalArgumentException(url);
		}
		return Long.parseLong(m.group(1));
	}

	public static String unik() {
		return Long.toString(ThreadLocalRandom.current().nextLong(36L * 36 * 36 * 36 * 36 * 36), 36);
	}

}
