package id.satudata.portal.dataset;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.web.util.UriComponentsBuilder;

import id.satudata.datastore.ColumnSpec;
import id.satudata.datastore.Query;

/**
 * The data table's state on a dataset page, carried in the page's own query parameters so the
 * table works without JavaScript (plain links and forms) and with htmx (the same URL returns the
 * table fragment): {@code cari} text, {@code urut=kolom:asc|desc}, {@code hal} page, and
 * {@code f.kolom=nilai} filters.
 */
record TabelState(String rilis, String cari, String urutKolom, boolean turun, int halaman, Map<String, String> filter) {

	static final int UKURAN = 20;

	static TabelState from(String rilis, Map<String, String> params, List<ColumnSpec> kolom) {
		String cari = blank(params.get("cari"));
		String urutKolom = null;
		boolean turun = false;
		String urut = blank(params.get("urut"));
		if (urut != null) {
			String[] parts = urut.split(":");
			if (kolom.stream().anyMatch(c -> c.name().equals(parts[0]))) {
				urutKolom = parts[0];
				turun = parts.length > 1 && "desc".equals(parts[1]);
			}
		}
		int halaman = 1;
		try {
			halaman = Math.max(1, Math.min(Integer.parseInt(params.getOrDefault("hal", "1")), 1_000_000));
		}
		catch (NumberFormatException e) {
			// first page
		}
		Map<String, String> filter = new LinkedHashMap<>();
		for (ColumnSpec c : kolom) {
			String v = blank(params.get("f." + c.name()));
			if (v != null) {
				filter.put(c.name(), v);
			}
		}
		return new TabelState(rilis, cari, urutKolom, turun, halaman, filter);
	}

	Query query() {
		Map<String, List<Object>> filters = new LinkedHashMap<>();
		filter.forEach((k, v) -> filters.put(k, List.of(v)));
		return new Query(filters, Map.of(), cari, urutKolom == null ? List.of() : List.of(urutKolom + (turun ? " desc" : " asc")),
				List.of(), false, UKURAN, (long) (halaman - 1) * UKURAN, true);
	}

	/** The link for this state with one change applied (for sort headers and the pager). */
	public String link(String base, String changeKey, String changeValue) {
		UriComponentsBuilder b = UriComponentsBuilder.fromPath(base);
		Map<String, String> p = new LinkedHashMap<>();
		if (rilis != null) {
			p.put("rilis", rilis);
		}
		if (cari != null) {
			p.put("cari", cari);
		}
		if (urutKolom != null) {
			p.put("urut", urutKolom + ":" + (turun ? "desc" : "asc"));
		}
		filter.forEach((k, v) -> p.put("f." + k, v));
		p.put("hal", String.valueOf(halaman));
		if (changeKey != null) {
			if (changeValue == null) {
				p.remove(changeKey);
			}
			else {
				p.put(changeKey, changeValue);
			}
			if (!"hal".equals(changeKey)) {
				p.put("hal", "1");
			}
		}
		p.forEach(b::queryParam);
		return b.encode().build().toUriString() + "#tabel-data";
	}

	/** The sort link of a column header: ascending first, then descending. */
	public String sortLink(String base, String kolom) {
		boolean next = kolom.equals(urutKolom) && !turun;
		return link(base, "urut", kolom + ":" + (next ? "desc" : "asc"));
	}

	int jumlahHalaman(long total) {
		return (int) Math.max(1, (total + UKURAN - 1) / UKURAN);
	}

	private static String blank(String s) {
		return s == null || s.isBlank() ? null : s.strip();
	}

}
