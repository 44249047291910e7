package id.satudata.portal.dataset;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

import id.satudata.datastore.ColumnSpec;
import id.satudata.datastore.ColumnType;
import id.satudata.katalog.DatasetDetail;
import id.satudata.katalog.RilisView;
import id.satudata.katalog.StatusRilis;
import id.satudata.referensi.KodeReferensiLookup;
import id.satudata.referensi.KodeView;
import id.satudata.shared.SatuDataProperties;
import id.satudata.shared.kalender.KalenderProperties;
import id.satudata.shared.web.Messages;
import tools.jackson.databind.json.JsonMapper;

/**
 * What a dataset page shows besides the data: schema.org JSON-LD, the citation, the chart's
 * sensible defaults, region and topic names.
 */
@Component
public class DatasetPage {

	private final SatuDataProperties properties;
	private final KodeReferensiLookup kodeReferensi;
	private final JsonMapper json;
	private final ZoneId zone;
	private final Messages messages;

	DatasetPage(SatuDataProperties properties, KodeReferensiLookup kodeReferensi, JsonMapper json,
			KalenderProperties kalender, Messages messages) {
		this.properties = properties;
		this.kodeReferensi = kodeReferensi;
		this.json = json;
		this.zone = kalender.zone();
		this.messages = messages;
	}

	String url(DatasetDetail d) {
		return properties.baseUrl() + "/dataset/" + d.ringkas().slug();
	}

	String wilayah(String kode) {
		if (kode == null) {
			return null;
		}
		return "0".equals(kode) ? "Indonesia" : kodeReferensi.kode(KodeReferensiLookup.WILAYAH, kode).map(KodeView::nama)
			.orElse(kode);
	}

	String topik(String kode) {
		return kode == null ? null : kodeReferensi.kode("topik-data", kode).map(KodeView::nama).orElse(kode);
	}

	/** schema.org Dataset, safe to put inside a script element. */
	String jsonLd(DatasetDetail d) {
		Map<String, Object> ld = new LinkedHashMap<>();
		ld.put("@context", "https://schema.org");
		ld.put("@type", "Dataset");
		ld.put("name", d.ringkas().judul());
		ld.put("description", d.ringkas().deskripsi() == null ? d.ringkas().judul() : d.ringkas().deskripsi());
		ld.put("url", url(d));
		ld.put("identifier", d.ringkas().slug());
		ld.put("keywords", List.copyOf(d.ringkas().kataKunci()));
		ld.put("license", licenseUrl(d.ringkas().lisensi()));
		ld.put("isAccessibleForFree", true);
		ld.put("creator", Map.of("@type", "GovernmentOrganization", "name", d.ringkas().produsenNama()));
		ld.put("publisher", Map.of("@type", "GovernmentOrganization", "name", properties.siteTitle(), "url",
				properties.baseUrl()));
		if (d.cakupanWilayah() != null) {
			ld.put("spatialCoverage", Map.of("@type", "Place", "name", wilayah(d.cakupanWilayah())));
		}
		List<RilisView> published = d.rilis().stream().filter(r -> r.status() == StatusRilis.TERBIT && r.terkini()).toList();
		published.stream().filter(r -> r.periodeMulai() != null).map(RilisView::periodeMulai).min(java.util.Comparator.naturalOrder())
			.ifPresent(start -> ld.put("temporalCoverage", start + "/" + published.stream().map(RilisView::periodeAkhir)
				.filter(java.util.Objects::nonNull).max(java.util.Comparator.naturalOrder()).orElse(start)));
		if (d.ringkas().terbitTerakhir() != null) {
			ld.put("dateModified", d.ringkas().terbitTerakhir().toString());
		}
		ld.put("dateCreated", d.ringkas().dibuatPada().toString());
		List<Map<String, Object>> distribution = new ArrayList<>();
		for (RilisView r : published) {
			for (String[] f : new String[][] { { "csv", "text/csv" }, { "xlsx",
					"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" }, { "json", "application/json" } }) {
				distribution.add(Map.of("@type", "DataDownload", "name", d.ringkas().judul() + " " + r.periode(),
						"encodingFormat", f[1], "contentUrl", url(d) + "/rilis/" + r.uuid() + "/unduh." + f[0]));
			}
		}
		ld.put("distribution", distribution);
		return json.writeValueAsString(ld).replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026");
	}

	/** A citation in the common author (year). title. publisher. URL form. */
	String sitasi(DatasetDetail d, RilisView r) {
		String year = r != null && r.diterbitkanPada() != null
				? String.valueOf(r.diterbitkanPada().atZone(zone).getYear()) : "t.t.";
		String version = r == null ? "" : " [Dataset, periode " + r.periode() + ", versi " + r.versi() + "]";
		return d.ringkas().produsenNama() + ". (" + year + "). " + d.ringkas().judul() + version + ". "
				+ properties.siteTitle() + ". " + url(d) + (r == null ? "" : "?rilis=" + r.uuid());
	}

	/** A cell value as people read it: grouped digits in the page's language, ya/tidak, dates as written. */
	public String sel(Object value, ColumnSpec c) {
		if (value == null) {
			return "";
		}
		if (value instanceof Boolean b) {
			return messages.get(b ? "umum.ya" : "umum.tidak");
		}
		if (value instanceof Number n && c.type().numeric() && !isYear(c) && !c.key()) {
			java.text.NumberFormat f = java.text.NumberFormat.getNumberInstance(LocaleContextHolder.getLocale());
			f.setMaximumFractionDigits(4);
			return f.format(n);
		}
		return value.toString();
	}

	/** The flag of a shown cell (dirahasiakan, sementara), or {@code null}. */
	public id.satudata.datastore.ValueSymbol tanda(id.satudata.datastore.SymbolSummary simbol, Map<String, Object> row,
			ColumnSpec c) {
		if (simbol == null || simbol.cells().isEmpty() || !(row.get("_id") instanceof Number n)) {
			return null;
		}
		return simbol.flag(n.longValue(), c.name()).orElse(null);
	}

	/** Per column, "Laki-laki: 2 nihil, 1 dirahasiakan". */
	public List<String> ringkasSimbol(id.satudata.datastore.SymbolSummary simbol, List<ColumnSpec> kolom) {
		Map<String, String> labels = new java.util.HashMap<>();
		kolom.forEach(c -> labels.put(c.name(), c.label()));
		return simbol.describe(s -> messages.get(s.labelKey()), c -> labels.getOrDefault(c, c));
	}

	/** Category columns (x axis): text and codes, a name column first. */
	List<ColumnSpec> kategori(List<ColumnSpec> kolom) {
		List<ColumnSpec> cats = new ArrayList<>(kolom.stream()
			.filter(c -> c.type().textual() || c.type() == ColumnType.TANGGAL || isYear(c)).toList());
		cats.sort(java.util.Comparator.comparingInt(c -> c.name().startsWith("nama") ? 0 : isYear(c) ? 2 : 1));
		return cats;
	}

	/** Value columns (y axis): numbers that are not years or codes. */
	List<ColumnSpec> nilai(List<ColumnSpec> kolom) {
		List<ColumnSpec> values = new ArrayList<>(kolom.stream().filter(c -> c.type().numeric() && !isYear(c) && !c.key()).toList());
		// a total column, when there is one, is the sensible first chart
		values.sort(java.util.Comparator.comparingInt(c -> c.name().equals("jumlah") || c.name().startsWith("jumlah_")
				|| c.name().equals("total") ? 0 : 1));
		return values;
	}

	public static boolean isYear(ColumnSpec c) {
		return c.type() == ColumnType.BILANGAN_BULAT && (c.name().equals("tahun") || c.name().startsWith("tahun_"));
	}

	Optional<RilisView> pilih(DatasetDetail d, String uuid) {
		if (uuid != null) {
			Optional<RilisView> chosen = d.rilis().stream().filter(r -> r.uuid().equals(uuid)).findFirst();
			if (chosen.isPresent()) {
				return chosen;
			}
		}
		return d.rilisTerkini().or(() -> d.rilis().stream().findFirst());
	}

	public static String licenseUrl(String license) {
		return switch (license == null ? "" : license) {
			case "CC-BY-4.0" -> "https://creativecommons.org/licenses/by/4.0/";
			case "CC-BY-SA-4.0" -> "https://creativecommons.org/licenses/by-sa/4.0/";
			case "CC0-1.0" -> "https://creativecommons.org/publicdomain/zero/1.0/";
			case "ODC-BY-1.0" -> "https://opendatacommons.org/licenses/by/1-0/";
			case "ODC-ODbL-1.0" -> "https://opendatacommons.org/licenses/odbl/1-0/";
			default -> license;
		};
	}

}
