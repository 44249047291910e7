package id.satudata.referensi.kode;

import java.time.LocalDate;

import java.util.List;
import java.util.Map;

import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import com.fasterxml.jackson.annotation.JsonInclude;

import id.satudata.referensi.internal.Halaman;
import id.satudata.shared.web.NotFoundException;
import id.satudata.shared.web.UserFacingException;

/**
 * Kode Referensi as JSON: the lists, a code with its parent and children, and search by name or
 * code prefix. Errors are RFC 9457 problems.
 */
@RestController
@RequestMapping("/api/v1")
class KodeReferensiApiController {

	private static final int MAX_LIMIT = 1000;

	/** A list, as the API shows it. */
	record DaftarJson(String slug, String nama, String deskripsi, String sumber, boolean hierarkis, int versi,
			int jumlahKode, List<String> atribut) {
	}

	/** A code in brief (as parent or child). */
	record KodeRingkas(String kode, String nama, String tingkat) {
	}

	/** A code in full, with where it sits. */
	@JsonInclude(JsonInclude.Include.NON_NULL)
	record KodeJson(String kode, String nama, String tingkat, KodeRingkas induk, List<KodeRingkas> leluhur,
			List<KodeRingkas> anak, Boolean aktif, LocalDate berlakuMulai, LocalDate berlakuSampai,
			Map<String, String> atribut, String daftar, int versiDaftar) {
	}

	/** A page of search results. */
	record HasilCari(String daftar, String q, long total, int limit, int offset, List<KodeJson> hasil) {
	}

	private final KodeReferensiService service;

	KodeReferensiApiController(KodeReferensiService service) {
		this.service = service;
	}

	@GetMapping("/kode-referensi")
	List<DaftarJson> lists() {
		return service.daftarPublik().stream().map(KodeReferensiApiController::json).toList();
	}

	/** Search: by name (contains) or code (prefix), optionally at one level or under one parent. */
	@GetMapping("/kode-referensi/{slug}")
	ResponseEntity<HasilCari> search(@PathVariable String slug, @RequestParam(required = false) String q,
			@RequestParam(required = false) String tingkat, @RequestParam(required = false) String induk,
			@RequestParam(defaultValue = "50") int limit, @RequestParam(defaultValue = "0") int offset) {
		if (limit < 1 || limit > MAX_LIMIT) {
			throw new UserFacingException("api.galat.limit", MAX_LIMIT);
		}
		if (offset < 0) {
			throw new UserFacingException("api.galat.offset");
		}
		if (q != null && q.length() > 200) {
			throw new UserFacingException("api.galat.qTerlaluPanjang");
		}
		DaftarKode daftar = service.daftarTerbaca(slug);
		List<KodeItem> items;
		long total;
		if (induk != null && !induk.isBlank()) {
			items = service.anak(daftar, induk.strip(), false, limit, offset);
			total = service.hitungAnak(daftar, induk.strip(), false);
		}
		else {
			Halaman<KodeItem> found = service.cari(daftar, q, tingkat, false, limit, offset);
			items = found.isi();
			total = found.total();
		}
		return cached(new HasilCari(slug, q, total, limit, offset,
				items.stream().map(i -> brief(i, daftar)).toList()));
	}

	@GetMapping("/kode-referensi/{slug}/{kode}")
	ResponseEntity<KodeJson> kode(@PathVariable String slug, @PathVariable String kode) {
		DaftarKode daftar = service.daftarTerbaca(slug);
		KodeItem item = service.kode(daftar, kode)
			.orElseThrow(() -> new NotFoundException("kodeReferensi.galat.kodeTidakAda"));
		List<KodeRingkas> leluhur = service.leluhur(daftar, item).stream()
			.map(KodeReferensiApiController::ringkas).toList();
		List<KodeRingkas> anak = service.anak(daftar, kode, false, 100_000, 0).stream()
			.map(KodeReferensiApiController::ringkas).toList();
		return cached(new KodeJson(item.kode(), item.nama(), item.tingkat(),
				leluhur.isEmpty() ? null : leluhur.get(leluhur.size() - 1), leluhur, anak, item.aktif(),
				item.berlakuMulai(), item.berlakuSampai(), item.atribut().isEmpty() ? null : item.atribut(),
				daftar.getSlug(), daftar.getVersi()));
	}

	private static <T> ResponseEntity<T> cached(T body) {
		return ResponseEntity.ok().cacheControl(CacheControl.maxAge(java.time.Duration.ofMinutes(5)).cachePublic())
			.body(body);
	}

	private static KodeRingkas ringkas(KodeItem i) {
		return new KodeRingkas(i.kode(), i.nama(), i.tingkat());
	}

	private static KodeJson brief(KodeItem i, DaftarKode d) {
		return new KodeJson(i.kode(), i.nama(), i.tingkat(),
				i.kodeInduk() == null ? null : new KodeRingkas(i.kodeInduk(), null, null), null, null, null,
				i.berlakuMulai(), i.berlakuSampai(), i.atribut().isEmpty() ? null : i.atribut(), null, d.getVersi());
	}

	private static DaftarJson json(DaftarKode d) {
		return new DaftarJson(d.getSlug(), d.getNama(), d.getDeskripsi(), d.getSumber(), d.isHierarkis(),
				d.getVersi(), d.getJumlahKode(), d.getAtributKolom());
	}


}
