package id.satudata.sinkron.kirim;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import id.satudata.katalog.DatasetDetail;
import id.satudata.katalog.DatasetRingkas;
import id.satudata.katalog.LampiranView;
import id.satudata.katalog.RilisView;
import id.satudata.katalog.StatusRilis;

/**
 * A public dataset as a CKAN package dict for {@code package_create}/{@code package_update} at the
 * portal above. Built only from what the public reads here ({@code Katalog} as the anonymous reader):
 * the current published version of each period as a CSV resource, and the attachments of those
 * releases, each a URL pointing back to this installation's public downloads. Metadata the SDI adds
 * goes into CKAN {@code extras} under the keys Satu Data's own CKAN API reads, so another Satu Data
 * instance takes them as fields.
 */
final class PaketCkan {

	/** CKAN's tag rule: alphanumerics, spaces and {@code -_.}, 2-100 characters. */
	private static final Pattern TAG = Pattern.compile("[\\p{L}\\p{N} ._-]{2,100}");

	private PaketCkan() {
	}

	static Map<String, Object> dari(DatasetDetail d, Tujuan tujuan, String baseUrl, Map<String, String> idSumberDiTujuan) {
		DatasetRingkas r = d.ringkas();
		String halaman = baseUrl + "/dataset/" + r.slug();
		Map<String, Object> p = new LinkedHashMap<>();
		p.put("name", tujuan.namaTujuan(r.slug()));
		p.put("title", r.judul());
		p.put("notes", r.deskripsi() == null ? "" : r.deskripsi());
		p.put("owner_org", tujuan.organisasiTujuan(r.produsenSlug()));
		p.put("url", halaman);
		if (r.lisensi() != null) {
			p.put("license_id", r.lisensi());
		}
		if (d.kontakNama() != null) {
			p.put("maintainer", d.kontakNama());
		}
		if (d.kontakEmail() != null) {
			p.put("maintainer_email", d.kontakEmail());
		}
		p.put("private", false);
		p.put("state", "active");
		List<Map<String, Object>> tags = new ArrayList<>();
		for (String k : r.kataKunci()) {
			if (TAG.matcher(k).matches()) {
				tags.add(Map.of("name", k));
			}
		}
		p.put("tags", tags);
		List<Map<String, Object>> extras = new ArrayList<>();
		extra(extras, "jenis_data", r.jenisData());
		extra(extras, "tingkat_penyajian", r.tingkatPenyajian());
		extra(extras, "cakupan_wilayah", d.cakupanWilayah());
		extra(extras, "frekuensi", r.frekuensi());
		extra(extras, "satuan", d.satuan());
		extra(extras, "akses", r.akses());
		extra(extras, "data_prioritas", r.dataPrioritas());
		extra(extras, "data_induk", r.dataInduk());
		extra(extras, "standar_data", d.standarData());
		p.put("extras", extras);
		List<Map<String, Object>> resources = new ArrayList<>();
		for (RilisView v : d.rilis()) {
			if (v.status() != StatusRilis.TERBIT || !v.terkini()) {
				continue;
			}
			String url = halaman + "/rilis/" + v.uuid() + "/unduh.csv";
			Map<String, Object> res = resource(idSumberDiTujuan, url, r.judul() + " " + v.periode(), "CSV");
			res.put("description", "Periode " + v.periode() + ", versi " + v.versi() + ", " + v.jumlahBaris() + " baris");
			resources.add(res);
			for (LampiranView l : v.lampiran()) {
				String lampiran = l.url() != null ? l.url() : halaman + "/lampiran/" + l.uuid();
				Map<String, Object> lr = resource(idSumberDiTujuan, lampiran, l.nama(), l.format());
				if (l.deskripsi() != null) {
					lr.put("description", l.deskripsi());
				}
				resources.add(lr);
			}
		}
		p.put("resources", resources);
		return p;
	}

	private static Map<String, Object> resource(Map<String, String> idDiTujuan, String url, String nama, String format) {
		Map<String, Object> res = new LinkedHashMap<>();
		String id = idDiTujuan.get(url);
		if (id != null) {
			res.put("id", id);
		}
		res.put("name", nama);
		res.put("url", url);
		if (format != null) {
			res.put("format", format);
		}
		return res;
	}

	private static void extra(List<Map<String, Object>> extras, String key, Object value) {
		if (value != null && !String.valueOf(value).isBlank()) {
			extras.add(Map.of("key", key, "value", String.valueOf(value)));
		}
	}

}
