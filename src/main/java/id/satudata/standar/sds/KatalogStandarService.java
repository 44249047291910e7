package id.satudata.standar.sds;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import id.satudata.referensi.KodeReferensiPublikasi;
import id.satudata.shared.audit.Audit;
import id.satudata.standar.JenisStandar;
import id.satudata.standar.JenisValueDomain;
import id.satudata.standar.StandarDataLookup;
import id.satudata.standar.StandarView;
import id.satudata.standar.StatusStandar;

/**
 * The SDS catalogue: lookups and similar-name search over the standards in force, and entering a
 * standard (from an approved proposal or an import): a new code, or a new version of an existing
 * code that supersedes the old one. An approved Klasifikasi is published as a Kode Referensi list
 * ({@code sds-<kode>}) so uploads can be checked against its categories.
 */
@Service
@Transactional(readOnly = true)
public class KatalogStandarService implements StandarDataLookup {

	private final StandarDataRepository repository;
	private final KodeReferensiPublikasi publikasi;
	private final Audit audit;
	private final Clock clock;

	KatalogStandarService(StandarDataRepository repository, KodeReferensiPublikasi publikasi, Audit audit, Clock clock) {
		this.repository = repository;
		this.publikasi = publikasi;
		this.audit = audit;
		this.clock = clock;
	}

	/** A standard with its similarity to what was asked. */
	public record Hasil(StandarData standar, double skor) {
	}

	@Override
	public Optional<StandarView> berlaku(String kode) {
		return kode == null ? Optional.empty()
				: repository.findFirstByKodeAndStatus(kode.strip().toUpperCase(Locale.ROOT), StatusStandar.BERLAKU)
					.map(KatalogStandarService::view);
	}

	@Override
	public List<StandarView> cari(String q, JenisStandar jenis, int limit) {
		return telusur(q, jenis, Math.max(1, Math.min(limit, 500))).stream().map(h -> view(h.standar())).toList();
	}

	public Optional<StandarData> standarBerlaku(String kode) {
		return kode == null ? Optional.empty()
				: repository.findFirstByKodeAndStatus(kode.strip().toUpperCase(Locale.ROOT), StatusStandar.BERLAKU);
	}

	List<StandarData> versi(String kode) {
		return repository.findByKodeOrderByVersiDesc(kode);
	}

	/**
	 * Standards in force matching {@code q}: similar names (score ≥ 0.3), code prefixes, or the words in
	 * the definition; every standard in force (by code) when {@code q} is empty.
	 */
	public List<Hasil> telusur(String q, JenisStandar jenis, int limit) {
		if (q == null || q.isBlank()) {
			PageRequest page = PageRequest.of(0, limit);
			return (jenis == null ? repository.findByStatusOrderByJenisAscKodeAsc(StatusStandar.BERLAKU, page)
					: repository.findByStatusAndJenisOrderByKodeAsc(StatusStandar.BERLAKU, jenis, page)).stream()
				.map(s -> new Hasil(s, 0)).toList();
		}
		// similar names are scored here, not in SQL (KemiripanNama: name rules over a catalogue of thousands)
		List<StandarData> semua = jenis == null ? repository.findByStatusOrderByJenisAscKodeAsc(StatusStandar.BERLAKU)
				: repository.findByStatusAndJenisOrderByKodeAsc(StatusStandar.BERLAKU, jenis);
		String kode = q.strip().toUpperCase(Locale.ROOT);
		String kata = KemiripanNama.normal(q);
		List<Hasil> out = new ArrayList<>();
		for (StandarData s : semua) {
			double skor = KemiripanNama.skor(q, s.getNama());
			if (s.getKode().startsWith(kode)) {
				skor = Math.max(skor, 1.0);
			}
			else if (!kata.isEmpty() && KemiripanNama.normal(s.getIsi().getDefinisi()).contains(kata)) {
				skor = Math.max(skor, 0.35);
			}
			if (skor >= 0.3) {
				out.add(new Hasil(s, skor));
			}
		}
		out.sort(Comparator.comparingDouble(Hasil::skor).reversed().thenComparing(h -> h.standar().getKode()));
		return out.size() > limit ? out.subList(0, limit) : out;
	}

	/** Standards in force of the kind whose name is like {@code nama} (for reuse first). */
	public List<Hasil> mirip(JenisStandar jenis, String nama) {
		if (nama == null || nama.isBlank()) {
			return List.of();
		}
		return telusur(nama, jenis, 10).stream().filter(h -> KemiripanNama.skor(nama, h.standar().getNama()) >= KemiripanNama.MIRIP)
			.toList();
	}

	/** Standards in force that build on this one: variables of a Konsep, variables whose values come from a Klasifikasi. */
	List<StandarView> dipakaiOleh(String kode) {
		return repository.variabelDari(kode, StatusStandar.BERLAKU).stream().map(KatalogStandarService::view).toList();
	}

	public boolean namaAda(JenisStandar jenis, String namaNormal, String kecualiKode) {
		return kecualiKode == null ? repository.existsByJenisAndNamaNormalAndStatus(jenis, namaNormal, StatusStandar.BERLAKU)
				: repository.existsByJenisAndNamaNormalAndStatusAndKodeNot(jenis, namaNormal, StatusStandar.BERLAKU, kecualiKode);
	}

	/**
	 * Enters a standard: under {@code kode} (imported national standards keep theirs), as a new version
	 * of {@code kodeDiperbarui}, or under a new code of the kind.
	 */
	@Transactional
	public StandarData terbitkan(JenisStandar jenis, String kode, String kodeDiperbarui, IsiStandar isi, List<Kategori> kategori,
			String pemilikNama, Long pemilikOrganisasiId, Long usulanId) {
		Instant now = clock.instant();
		String code;
		int versi;
		if (kodeDiperbarui != null) {
			StandarData lama = repository.findFirstByKodeOrderByVersiDesc(kodeDiperbarui).orElseThrow();
			code = lama.getKode();
			versi = lama.getVersi() + 1;
			repository.findFirstByKodeAndStatus(code, StatusStandar.BERLAKU).ifPresent(s -> s.gantiStatus(StatusStandar.DIGANTIKAN, now));
			repository.flush();
		}
		else if (kode != null) {
			code = kode;
			versi = 1;
		}
		else {
			code = kodeBaru(jenis);
			versi = 1;
		}
		StandarData s = repository.save(new StandarData(jenis, code, versi, isi, kategori, pemilikNama, pemilikOrganisasiId,
				usulanId, now));
		if (jenis == JenisStandar.KLASIFIKASI && !kategori.isEmpty()) {
			String slug = slugKodeReferensi(code);
			publikasi.terbitkan(new KodeReferensiPublikasi.Daftar(slug, isi.getNama(), isi.getDefinisi(), "SDS " + code + " v" + versi,
					pemilikOrganisasiId), kategori.stream().map(k -> new KodeReferensiPublikasi.Kode(k.getKode(), k.getLabel(),
							k.getKodeInduk())).toList());
			s.terbitSebagai(slug);
		}
		audit.record("sds.diterbitkan", "StandarData", code, jenis + " " + code + " v" + versi + ": " + isi.getNama());
		return s;
	}

	/** The next free code of the kind: {@code VAR-00001}, {@code VAR-00002} … */
	String kodeBaru(JenisStandar jenis) {
		String awalan = jenis.awalanKode() + "-";
		int max = 0;
		for (String k : repository.kodeBerawalan(awalan + "%")) {
			String rest = k.substring(awalan.length());
			if (rest.matches("\\d{1,9}")) {
				max = Math.max(max, Integer.parseInt(rest));
			}
		}
		return awalan + String.format(Locale.ROOT, "%05d", max + 1);
	}

	static String slugKodeReferensi(String kode) {
		String s = ("sds-" + kode.toLowerCase(Locale.ROOT)).replaceAll("[^a-z0-9-]+", "-");
		return s.length() > 60 ? s.substring(0, 60) : s;
	}

	/** The Kode Referensi list a variable's values come from, if its value domain names one. */
	Optional<String> daftarKodeVariabel(StandarData v) {
		IsiStandar isi = v.getIsi();
		if (isi.getJenisValueDomain() == JenisValueDomain.KODE_REFERENSI) {
			return Optional.ofNullable(isi.getValueDomain());
		}
		if (isi.getJenisValueDomain() == JenisValueDomain.KLASIFIKASI) {
			return standarBerlaku(isi.getValueDomain()).map(StandarData::getKodeReferensi);
		}
		return Optional.empty();
	}

	static StandarView view(StandarData s) {
		IsiStandar i = s.getIsi();
		return new StandarView(s.getKode(), s.getVersi(), s.getJenis(), s.getStatus(), i.getNama(), i.getDefinisi(),
				i.getReferensi(), s.getPemilikNama(), i.getKonsepKode(), i.getUnitObservasi(), i.getUkuran(), i.getSatuan(),
				i.getSubjek(), i.getTipeData() == null ? null : i.getTipeData().name(), i.getJenisValueDomain(),
				i.getValueDomain(), i.getNilaiMin(), i.getNilaiMax(), i.getPola(), i.getAturanValidasi(),
				i.getTingkatKlasifikasi(), s.getKodeReferensi(),
				s.getKategori().stream().map(k -> new StandarView.Kategori(k.getKode(), k.getLabel(), k.getKodeInduk())).toList(),
				s.getDiterbitkanPada());
	}

}
