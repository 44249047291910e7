package id.satudata.layanan.rekomendasi;

import java.io.ByteArrayOutputStream;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import org.springframework.stereotype.Component;

import id.satudata.layanan.internal.LayananAkses;
import id.satudata.organisasi.OrganisasiDirectory;
import id.satudata.organisasi.OrganisasiRef;
import id.satudata.organisasi.UnitRef;
import id.satudata.shared.SatuDataProperties;
import id.satudata.shared.pdf.Kop;
import id.satudata.shared.pdf.PdfRenderer;

/**
 * The two official letters of a recommendation, in Bahasa Indonesia whatever the reader's language
 * (they are letters of government): the <b>Surat Permohonan</b> in the layout of Lampiran 1 (the
 * requesting agency's letterhead, number, attachment, subject, place and date, the addressee — the
 * Kepala Dinas of the service desk — the standard text with fields (4) and (5), the signatory (6)
 * and (7), copies (8)), and the <b>recommendation letter</b> of the Pembina Data (letterhead of the
 * BPS office, number, date, the activity declared layak, the advice, signatory, copy to the Kepala
 * Dinas).
 */
@Component
class SuratRekomendasi {

	static final Locale INDONESIA = Locale.forLanguageTag("id");

	private final PdfRenderer pdf;
	private final OrganisasiDirectory organisasi;
	private final LayananAkses akses;
	private final RekomendasiAkses rekomendasiAkses;
	private final SatuDataProperties properties;

	SuratRekomendasi(PdfRenderer pdf, OrganisasiDirectory organisasi, LayananAkses akses,
			RekomendasiAkses rekomendasiAkses, SatuDataProperties properties) {
		this.pdf = pdf;
		this.organisasi = organisasi;
		this.akses = akses;
		this.rekomendasiAkses = rekomendasiAkses;
		this.properties = properties;
	}

	byte[] permohonan(Rekomendasi r) {
		OrganisasiRef org = organisasi.organisasi(r.getOrganisasiId()).orElseThrow();
		String unit = organisasi.unit(r.getPemohonUnitId()).map(UnitRef::nama).orElse("");
		Map<String, Object> model = model(r, org);
		model.put("kop", new Kop(org.nama(), unit, null));
		return render("layanan/dokumen/surat-permohonan", model);
	}

	byte[] rekomendasi(Rekomendasi r) {
		OrganisasiRef org = organisasi.organisasi(r.getOrganisasiId()).orElseThrow();
		String bps = rekomendasiAkses.unitPembina(r.getOrganisasiId()).map(UnitRef::nama).orElse("Badan Pusat Statistik");
		Map<String, Object> model = model(r, org);
		// "Badan Pusat Statistik" over "Provinsi Kepulauan Bangka Belitung", as BPS letterheads read
		String wilayahBps = bps.startsWith("Badan Pusat Statistik") ? bps.substring("Badan Pusat Statistik".length()).strip() : bps;
		model.put("kop", new Kop("Badan Pusat Statistik", wilayahBps.isEmpty() ? null : wilayahBps, null));
		model.put("namaBps", bps);
		return render("layanan/dokumen/surat-rekomendasi", model);
	}

	private Map<String, Object> model(Rekomendasi r, OrganisasiRef org) {
		Map<String, Object> model = new HashMap<>();
		model.put("r", r);
		model.put("namaDinas", akses.namaDinas(org.id()));
		model.put("wilayah", LayananAkses.wilayah(org));
		model.put("alamatPortal", properties.baseUrl() + "/");
		return model;
	}

	private byte[] render(String template, Map<String, Object> model) {
		ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
		pdf.render(template, model, INDONESIA, out);
		return out.toByteArray();
	}

}
