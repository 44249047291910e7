package id.satudata.portal.dataset;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import java.util.function.Consumer;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ContentDisposition;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

import id.satudata.datastore.Aggregation;
import id.satudata.datastore.ColumnSpec;
import id.satudata.datastore.Datastore;
import id.satudata.datastore.ExportFormat;
import id.satudata.datastore.Query;
import id.satudata.datastore.QueryResult;
import id.satudata.katalog.DatasetDetail;
import id.satudata.katalog.HasilPencarian;
import id.satudata.katalog.JenisPenggunaan;
import id.satudata.katalog.Katalog;
import id.satudata.katalog.LampiranView;
import id.satudata.katalog.PencarianDataset;
import id.satudata.katalog.PenggunaanData;
import id.satudata.katalog.RilisView;
import id.satudata.katalog.TabelRilis;
import id.satudata.portal.internal.Halaman;
import id.satudata.shared.web.NotFoundException;
import id.satudata.shared.web.PublicPageCache;
import id.satudata.standar.MetadataStatistik;
import id.satudata.standar.PemilikRef;
import id.satudata.standar.StandarDataLookup;
import id.satudata.standar.StandarView;

/** The public catalog: search with facets, the dataset page, its data, chart and downloads. */
@Controller
class DatasetPortalController {

	private final Katalog katalog;
	private final Datastore datastore;
	private final DatasetPage page;
	private final PortalLinks links;
	private final MetadataStatistik metadataStatistik;
	private final StandarDataLookup standarData;
	private final PenggunaanData penggunaan;
	private final id.satudata.katalog.PanenKatalog panen;

	DatasetPortalController(Katalog katalog, Datastore datastore, DatasetPage page, PortalLinks links,
			MetadataStatistik metadataStatistik, StandarDataLookup standarData, PenggunaanData penggunaan,
			id.satudata.katalog.PanenKatalog panen) {
		this.panen = panen;
		this.standarData = standarData;
		this.penggunaan = penggunaan;
		this.katalog = katalog;
		this.datastore = datastore;
		this.page = page;
		this.links = links;
		this.metadataStatistik = metadataStatistik;
	}

	@GetMapping("/dataset")
	String search(@RequestParam MultiValueMap<String, String> params,
			@RequestHeader(value = "HX-Request", required = false) String htmx,
			@RequestHeader(value = "HX-History-Restore-Request", required = false) String restore, Model model) {
		String q = params.getFirst("q");
		int hal = Halaman.parse(params.getFirst("hal"));
		Map<String, List<String>> filter = new LinkedHashMap<>();
		for (String facet : PencarianDataset.SEMUA_FACET) {
			List<String> values = params.get(facet);
			if (values != null && !values.isEmpty()) {
				filter.put(facet, values.stream().filter(v -> !v.isBlank()).toList());
			}
		}
		String urut = params.getFirst("urut");
		HasilPencarian hasil = katalog.cari(new PencarianDataset(q, filter, urut == null || urut.isBlank() ? null : urut,
				(hal - 1) * Halaman.UKURAN, Halaman.UKURAN, PencarianDataset.SEMUA_FACET));
		model.addAttribute("hasil", hasil);
		model.addAttribute("q", q);
		model.addAttribute("filter", filter);
		model.addAttribute("urut", urut == null || urut.isBlank() ? (q == null || q.isBlank() ? "TERBARU" : "RELEVANSI") : urut);
		model.addAttribute("halaman", hal);
		int jumlahHalaman = Halaman.jumlah(hasil.total());
		model.addAttribute("jumlahHalaman", jumlahHalaman);
		// pager links built here: Thymeleaf 3.1.5 forbids bean calls (@...) in th:href
		model.addAttribute("halamanSebelumnya", hal <= 1 ? null : links.dengan(params, "hal", hal - 1));
		model.addAttribute("halamanBerikutnya", hal >= jumlahHalaman ? null : links.dengan(params, "hal", hal + 1));
		return fragment(htmx, restore) ? "portal/dataset-cari :: hasil" : "portal/dataset-cari";
	}

	@GetMapping("/dataset/{slug}")
	String dataset(@PathVariable String slug, @RequestParam Map<String, String> params,
			@RequestHeader(value = "HX-Request", required = false) String htmx,
			@RequestHeader(value = "HX-History-Restore-Request", required = false) String restore,
			@RequestHeader(value = "User-Agent", required = false) String userAgent, HttpServletRequest request,
			Model model) {
		DatasetDetail d = katalog.dataset(slug).orElse(null);
		if (d == null) {
			// a TERBATAS dataset its Walidata lists for requests: title, producer, description, and the way to ask
			model.addAttribute("stub", katalog.stub(slug).orElseThrow(() -> new NotFoundException("dataset.galat.tidakAda")));
			return "portal/dataset-stub";
		}
		RilisView rilis = page.pilih(d, params.get("rilis")).orElse(null);
		model.addAttribute("d", d);
		model.addAttribute("asalPanen", panen.asal(d.ringkas().slug()).orElse(null));
		model.addAttribute("rilis", rilis);
		model.addAttribute("page", page);
		if (rilis != null) {
			TabelRilis tabel = katalog.tabel(rilis.uuid()).orElseThrow(NotFoundException::new);
			List<ColumnSpec> kolom = tabel.tabel().columns();
			// keep the release in the table's links only when it is the one asked for and shown
			String asked = rilis.uuid().equals(params.get("rilis")) ? rilis.uuid() : null;
			TabelState state = TabelState.from(asked, params, kolom);
			QueryResult data = datastore.search(tabel.tabel(), state.query());
			model.addAttribute("kolom", kolom);
			model.addAttribute("tabel", state);
			model.addAttribute("data", data);
			model.addAttribute("jumlahHalaman", state.jumlahHalaman(data.total()));
			model.addAttribute("base", "/dataset/" + d.ringkas().slug());
			model.addAttribute("simbol", datastore.symbols(tabel.tabel()));
			if (fragment(htmx, restore)) {
				return "portal/dataset :: tabel";
			}
			model.addAttribute("kategori", page.kategori(kolom));
			model.addAttribute("nilai", page.nilai(kolom));
		}
		// one view of the page (paging and sorting the table are not views); counted in memory, written later
		long datasetId = d.ringkas().id();
		String rilisUuid = rilis == null ? null : rilis.uuid();
		penggunaan.catat(datasetId, rilisUuid, JenisPenggunaan.LIHAT, null, userAgent);
		// the same view counted when the public's copy of this page is served from the page cache
		request.setAttribute(PublicPageCache.ON_REPLAY, (Consumer<HttpServletRequest>) r -> penggunaan.catat(datasetId,
				rilisUuid, JenisPenggunaan.LIHAT, null, r.getHeader(HttpHeaders.USER_AGENT)));
		model.addAttribute("penggunaan", penggunaan.dataset(d));
		model.addAttribute("jsonLd", page.jsonLd(d));
		model.addAttribute("sitasi", page.sitasi(d, rilis));
		model.addAttribute("url", page.url(d));
		model.addAttribute("wilayah", page.wilayah(d.cakupanWilayah()));
		model.addAttribute("topik", page.topik(d.ringkas().topik()));
		// the public fields of its final metadata statistik forms (module standar)
		model.addAttribute("metadataStatistik", metadataStatistik.publik(PemilikRef.of(PemilikRef.DATASET, d.ringkas().id())));
		// the concept and definition of the standard variable a column follows (module standar)
		Map<String, StandarKolom> standar = new LinkedHashMap<>();
		d.variabelKolom().forEach((kolom, kode) -> standarData.berlaku(kode).ifPresent(v -> standar.put(kolom,
				new StandarKolom(v, v.konsepKode() == null ? null : standarData.berlaku(v.konsepKode()).orElse(null)))));
		model.addAttribute("standarKolom", standar);
		return "portal/dataset";
	}

	/** Aggregated values for the chart: sum of {@code y} by {@code x} (and by {@code seri}). */
	@GetMapping(value = "/dataset/{slug}/grafik", produces = MediaType.APPLICATION_JSON_VALUE)
	@ResponseBody
	ResponseEntity<Map<String, Object>> chart(@PathVariable String slug, @RequestParam String rilis,
			@RequestParam String x, @RequestParam String y, @RequestParam(required = false) String seri) {
		TabelRilis tabel = katalog.tabel(rilis).filter(t -> t.dataset().slug().equals(slug))
			.orElseThrow(NotFoundException::new);
		List<String> groups = new ArrayList<>(List.of(x));
		if (seri != null && !seri.isBlank() && !seri.equals(x)) {
			groups.add(seri);
		}
		QueryResult r = datastore.aggregate(tabel.tabel(), new Aggregation(groups,
				List.of(new Aggregation.Metric(Aggregation.Function.SUM, y)), null, 2000));
		String alias = "sum_" + y;
		List<Object> categories = new ArrayList<>();
		Map<Object, Map<Object, Object>> series = new LinkedHashMap<>();
		for (Map<String, Object> row : r.records()) {
			Object cat = row.get(x);
			if (!categories.contains(cat)) {
				categories.add(cat);
			}
			Object s = groups.size() > 1 ? row.get(seri) : tabel.tabel().column(y).map(ColumnSpec::label).orElse(y);
			series.computeIfAbsent(s, k -> new LinkedHashMap<>()).put(cat, row.get(alias));
		}
		List<Map<String, Object>> out = new ArrayList<>();
		series.forEach((name, values) -> out.add(Map.of("nama", String.valueOf(name), "data",
				categories.stream().map(c -> values.getOrDefault(c, 0)).toList())));
		boolean line = DatasetPage.isYear(tabel.tabel().column(x).orElseThrow()) || tabel.tabel().column(x)
			.map(c -> c.type() == id.satudata.datastore.ColumnType.TANGGAL).orElse(false);
		return ResponseEntity.ok().cacheControl(cache(tabel, java.time.Duration.ofMinutes(10)))
			.body(Map.of("kategori", categories, "seri", out, "jenis", line ? "line" : "bar", "satuan",
					tabel.tabel().column(y).map(c -> c.unit() == null ? "" : c.unit()).orElse("")));
	}

	@GetMapping("/dataset/{slug}/rilis/{uuid}/unduh.{format}")
	void download(@PathVariable String slug, @PathVariable String uuid, @PathVariable String format,
			@RequestHeader(value = "User-Agent", required = false) String userAgent, HttpServletResponse response)
			throws IOException {
		TabelRilis tabel = katalog.tabel(uuid).filter(t -> t.dataset().slug().equals(slug))
			.orElseThrow(NotFoundException::new);
		ExportFormat f;
		try {
			f = ExportFormat.valueOf(format.toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException e) {
			throw new NotFoundException();
		}
		penggunaan.catat(tabel.dataset().id(), uuid, JenisPenggunaan.UNDUH, f.name(), userAgent);
		response.setContentType(f.contentType());
		response.setHeader("Content-Disposition", ContentDisposition.attachment()
			.filename(slug + "-" + tabel.rilis().periode() + "-v" + tabel.rilis().versi() + "." + f.extension())
			.build().toString());
		response.setHeader("Cache-Control", cache(tabel, java.time.Duration.ofHours(1)).getHeaderValue());
		// not closed here on failure: a closed stream would commit a 200 with an empty body; the error
		// handler answers 503 instead (a stored file that cannot be read)
		OutputStream out = response.getOutputStream();
		datastore.export(tabel.tabel(), Query.all(0), f, out);
		out.flush();
	}

	@GetMapping("/dataset/{slug}/lampiran/{uuid}")
	void attachment(@PathVariable String slug, @PathVariable String uuid,
			@RequestHeader(value = "User-Agent", required = false) String userAgent, HttpServletResponse response)
			throws IOException {
		LampiranView l = katalog.lampiran(uuid).orElseThrow(NotFoundException::new);
		DatasetDetail d = katalog.datasetDariSumber(uuid).filter(x -> x.ringkas().slug().equals(slug))
			.orElseThrow(NotFoundException::new);
		// counted for the dataset (an attachment is not a release)
		penggunaan.catat(d.ringkas().id(), null, JenisPenggunaan.UNDUH, "LAMPIRAN", userAgent);
		if (l.url() != null) {
			response.sendRedirect(l.url());
			return;
		}
		// served as a download, never rendered in the portal's origin
		response.setContentType(MediaType.APPLICATION_OCTET_STREAM_VALUE);
		response.setHeader("Content-Disposition", ContentDisposition.attachment()
			.filename(l.namaBerkas() == null ? l.uuid() : l.namaBerkas()).build().toString());
		response.setHeader("Content-Security-Policy", "sandbox");
		try (InputStream in = katalog.bukaLampiran(uuid)) {
			OutputStream out = response.getOutputStream();
			in.transferTo(out);
			out.flush();
		}
	}

	/**
	 * Open data may be cached by anyone; anything else only by the reader's own browser, so a shared
	 * proxy never hands a restricted table to the next caller.
	 */
	static CacheControl cache(TabelRilis tabel, java.time.Duration age) {
		boolean publik = tabel.dataset().akses() == id.satudata.katalog.Akses.TERBUKA
				&& tabel.rilis().status() == id.satudata.katalog.StatusRilis.TERBIT;
		return publik ? CacheControl.maxAge(age).cachePublic() : CacheControl.noStore().cachePrivate();
	}

	/** The standard variable a column follows, with its concept. */
	record StandarKolom(StandarView variabel, StandarView konsep) {
	}

	/** htmx asks for the fragment, except when restoring history, which needs the whole page. */
	private static boolean fragment(String htmx, String restore) {
		return htmx != null && restore == null;
	}

}
