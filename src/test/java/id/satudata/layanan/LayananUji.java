package id.satudata.layanan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import jakarta.servlet.http.Cookie;

import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Object mother for the service desk's tests: files requests and complaints through the public
 * forms (each from its own client address, so the hourly limit of one test does not touch another)
 * and opens tickets by number and tracking code, like a member of the public does.
 */
public final class LayananUji {

	/** A ticket as the public holds it. */
	public record Tiket(String nomor, String kode) {
	}

	private LayananUji() {
	}

	public static RequestPostProcessor dari(String ip) {
		return request -> {
			request.setRemoteAddr(ip);
			return request;
		};
	}

	public static String ipAcak() {
		ThreadLocalRandom r = ThreadLocalRandom.current();
		return "10." + r.nextInt(1, 255) + "." + r.nextInt(1, 255) + "." + r.nextInt(1, 255);
	}

	public static String penanda() {
		return "Uji-" + Long.toString(System.nanoTime(), 36);
	}

	public static MockMultipartFile pdf(String nama) {
		return new MockMultipartFile("lampiran", nama, "application/pdf",
				"%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII));
	}

	public static MockMultipartHttpServletRequestBuilder permintaan(String perihal, String... ganti) {
		Map<String, String> p = new LinkedHashMap<>();
		p.put("jenis", "PENYEBARLUASAN");
		p.put("perihal", perihal);
		p.put("uraian", "Mohon dataset jumlah penduduk per desa ditayangkan di portal.");
		p.put("nama", "Siti Warga");
		p.put("surel", "siti+" + perihal.toLowerCase() + "@contoh.id");
		p.put("telepon", "0812 3456 7890");
		p.put("situs", "");
		return formulir("/layanan", p, ganti);
	}

	public static MockMultipartHttpServletRequestBuilder pengaduan(String perihal, String... ganti) {
		Map<String, String> p = new LinkedHashMap<>();
		p.put("perihal", perihal);
		p.put("uraian", "Tautan unduhan dataset di portal tidak dapat dibuka.");
		p.put("nama", "Andi Pelapor");
		p.put("surel", "andi+" + perihal.toLowerCase() + "@contoh.id");
		p.put("situs", "");
		return formulir("/pengaduan", p, ganti);
	}

	/** A multipart form with these fields; {@code ganti} replaces some: "name", "value", ... */
	public static MockMultipartHttpServletRequestBuilder formulir(String path, Map<String, String> fields, String... ganti) {
		Map<String, String> p = new LinkedHashMap<>(fields);
		for (int i = 0; i + 1 < ganti.length; i += 2) {
			p.put(ganti[i], ganti[i + 1]);
		}
		MockMultipartHttpServletRequestBuilder b = multipart(path);
		p.forEach(b::param);
		b.with(csrf());
		return b;
	}

	/** Files and returns the ticket shown once after filing. */
	public static Tiket ajukan(MockMvc mvc, MockMultipartHttpServletRequestBuilder form) throws Exception {
		MvcResult r = mvc.perform(form.with(dari(ipAcak()))).andReturn();
		assertThat(r.getResponse().getRedirectedUrl()).as(r.getResponse().getContentAsString()).isEqualTo("/layanan/terkirim");
		return new Tiket((String) r.getFlashMap().get("nomorBaru"), (String) r.getFlashMap().get("kodeBaru"));
	}

	/** A browser's session: the session cookie, kept from response to request (sessions live in the database). */
	public static final class Sesi {

		private Cookie cookie;

		public ResultActions perform(MockMvc mvc, MockHttpServletRequestBuilder request) throws Exception {
			if (cookie != null) {
				request.cookie(cookie);
			}
			ResultActions actions = mvc.perform(request);
			Cookie c = actions.andReturn().getResponse().getCookie("SATUDATA_SESSION");
			if (c != null) {
				cookie = c;
			}
			return actions;
		}

	}

	/** Opens the ticket in the session (number and code posted like the tracking form does). */
	public static MvcResult lacak(MockMvc mvc, Sesi sesi, String nomor, String kode, String ip) throws Exception {
		return sesi.perform(mvc, post("/layanan/lacak").with(csrf()).with(dari(ip)).param("nomor", nomor).param("kode", kode))
			.andReturn();
	}

}
