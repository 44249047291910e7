package id.satudata.standar.sds;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.LoadingCache;
import org.springframework.stereotype.Component;

import id.satudata.referensi.KodeReferensiLookup;
import id.satudata.referensi.KodeView;

/**
 * Names of provinces and regencies/cities from the Kemendagri list, for the naming rule "no region
 * in the name" (kept for an hour: the list changes once a year).
 */
@Component
public class WilayahNama {

	private final KodeReferensiLookup kodeReferensi;
	private final LoadingCache<String, List<String>> nama;

	WilayahNama(KodeReferensiLookup kodeReferensi) {
		this.kodeReferensi = kodeReferensi;
		this.nama = Caffeine.newBuilder().expireAfterWrite(Duration.ofHours(1)).build(k -> muat());
	}

	/** The region a name mentions (e.g. "Bangka"), or {@code null}. */
	public String disebut(String teks) {
		String t = " " + KemiripanNama.normal(teks) + " ";
		for (String n : nama.get("semua")) {
			if (t.contains(" " + n + " ")) {
				return n;
			}
		}
		return null;
	}

	private List<String> muat() {
		List<String> out = new ArrayList<>();
		for (KodeView prov : kodeReferensi.anak(KodeReferensiLookup.WILAYAH, null)) {
			tambah(out, prov.nama());
			for (KodeView kab : kodeReferensi.anak(KodeReferensiLookup.WILAYAH, prov.kode())) {
				tambah(out, kab.nama().replaceFirst("^(Kabupaten|Kota|Kab\\.)\\s+", ""));
			}
		}
		// longer names first, so "Bangka Belitung" is found before "Bangka"
		out.sort((a, b) -> Integer.compare(b.length(), a.length()));
		return List.copyOf(out);
	}

	private static void tambah(List<String> out, String name) {
		String n = KemiripanNama.normal(name);
		if (n.length() >= 4 && !out.contains(n)) {
			out.add(n);
		}
	}

}
