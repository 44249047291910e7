package id.satudata.sinkron.kirim;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The upper-level CKAN portal datasets are pushed to (one per installation).
 *
 * @param urlDasar its base address ({@code https://data.provinsi.go.id}), the CKAN API under {@code /api/3}
 * @param organisasiBawaan the portal's organization ({@code owner_org}) datasets go to when the mapping names
 *        none for their producer; empty: the producer's own name here
 * @param petaOrganisasi lines {@code <producer name here> = <organization name there>}
 * @param awalanNama put before each dataset's name there (so two kabupaten's {@code jumlah-penduduk} do not meet)
 * @param tokenTersimpan the API token entered on the page, encrypted ({@code enc:...}); null when none
 * @param tokenAkhir the token's last 4 characters, to recognise it
 */
record Tujuan(String urlDasar, String organisasiBawaan, String petaOrganisasi, String awalanNama,
		String tokenTersimpan, String tokenAkhir, Instant diubahPada, String diubahOleh) {

	/** The mapping as producer name → organization name there. */
	Map<String, String> peta() {
		Map<String, String> peta = new LinkedHashMap<>();
		if (petaOrganisasi != null) {
			for (String line : petaOrganisasi.split("\\R")) {
				int eq = line.indexOf('=');
				if (eq > 0 && !line.substring(eq + 1).isBlank()) {
					peta.put(line.substring(0, eq).strip().toLowerCase(Locale.ROOT), line.substring(eq + 1).strip());
				}
			}
		}
		return peta;
	}

	/** The organization there for a producer here. */
	String organisasiTujuan(String produsenSlug) {
		String mapped = peta().get(produsenSlug.toLowerCase(Locale.ROOT));
		if (mapped != null) {
			return mapped;
		}
		return organisasiBawaan == null || organisasiBawaan.isBlank() ? produsenSlug : organisasiBawaan;
	}

	/** A dataset's name there. */
	String namaTujuan(String slug) {
		String nama = ((awalanNama == null ? "" : awalanNama) + slug).toLowerCase(Locale.ROOT);
		return nama.length() > 100 ? nama.substring(0, 100) : nama;
	}

}
