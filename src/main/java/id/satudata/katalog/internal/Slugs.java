package id.satudata.katalog.internal;

import java.text.Normalizer;
import java.util.Locale;

import id.satudata.organisasi.OrganisasiRef;
import id.satudata.organisasi.UnitRef;

/** URL names: dataset slugs and CKAN organization names of producers. */
public final class Slugs {

	private Slugs() {
	}

	public static String of(String text, int max) {
		String s = Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
			.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
		if (s.length() > max) {
			s = s.substring(0, max).replaceAll("-+$", "");
		}
		return s.isEmpty() ? "dataset" : s;
	}

	/** A producer's organization name: its short name and its government's region code ("disdukcapil-19-71"). */
	public static String produsen(UnitRef unit, OrganisasiRef organisasi) {
		String base = unit.singkatan() == null || unit.singkatan().isBlank() ? unit.nama() : unit.singkatan();
		return of(base, 80) + "-" + organisasi.kodeWilayah().replace('.', '-');
	}

}
