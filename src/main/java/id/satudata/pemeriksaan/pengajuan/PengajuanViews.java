package id.satudata.pemeriksaan.pengajuan;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Component;

import id.satudata.datastore.ColumnSpec;
import id.satudata.katalog.DatasetDetail;
import id.satudata.katalog.Katalog;
import id.satudata.pemeriksaan.AlurPemeriksaan;
import id.satudata.pemeriksaan.KepatuhanSdi;
import id.satudata.pemeriksaan.KonteksPengajuan;
import id.satudata.pemeriksaan.PengajuanView;
import id.satudata.pemeriksaan.PeranPemeriksaan;
import id.satudata.pemeriksaan.UsulanMetadata;
import id.satudata.shared.web.Messages;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Builds {@link PengajuanView}s and reads the JSON a submission keeps. */
@Component
class PengajuanViews {

	private static final TypeReference<Map<String, String>> TEXTS = new TypeReference<>() {
	};
	private static final TypeReference<LinkedHashMap<String, Long>> COUNTS = new TypeReference<>() {
	};

	private final VersiPengajuanRepository versi;
	private final RiwayatPengajuanRepository riwayat;
	private final CatatanPemeriksaanRepository catatan;
	private final PeranPengajuan peran;
	private final Katalog katalog;
	private final Messages messages;
	private final JsonMapper json;

	PengajuanViews(VersiPengajuanRepository versi, RiwayatPengajuanRepository riwayat,
			CatatanPemeriksaanRepository catatan, PeranPengajuan peran, Katalog katalog, Messages messages,
			JsonMapper json) {
		this.versi = versi;
		this.riwayat = riwayat;
		this.catatan = catatan;
		this.peran = peran;
		this.katalog = katalog;
		this.messages = messages;
		this.json = json;
	}

	PengajuanView view(Pengajuan p, Set<PeranPemeriksaan> parts) {
		Optional<DatasetDetail> d = katalog.dataset(String.valueOf(p.getDatasetId()));
		KonteksPengajuan konteks = peran.konteks(p, p.getJumlahGalat() > 0);
		List<PengajuanView.Versi> versions = versi.findByPengajuanIdOrderByNomorAsc(p.getId()).stream().map(this::view)
			.toList();
		List<PengajuanView.Riwayat> history = riwayat.findByPengajuanIdOrderByWaktuAscIdAsc(p.getId()).stream()
			.map(r -> new PengajuanView.Riwayat(r.getAksi(), r.getDari(), r.getKe(), r.getPelaku(), r.getPeran(),
					r.getCatatan(), r.getWaktu(), r.getMenitKerja()))
			.toList();
		List<PengajuanView.Catatan> notes = catatan.findByPengajuanIdOrderByWaktuAscIdAsc(p.getId()).stream()
			.map(PengajuanViews::view).toList();
		return new PengajuanView(p.getId(), p.getDatasetId(), d.map(x -> x.ringkas().slug()).orElse(null),
				d.map(x -> x.ringkas().judul()).orElse("#" + p.getDatasetId()), p.getOrganisasiId(), p.getProdusenUnitId(),
				d.map(x -> x.ringkas().produsenNama()).orElse(""), p.getPeriode(), p.getStatus(), p.getStatusSejak(),
				AlurPemeriksaan.menunggu(p.getStatus(), konteks), p.getPembina(), p.getRilisUuid(), p.getJadwalTerbit(),
				p.getJatuhTempo(), p.getCatatanAjuan(), usulan(p), justifikasi(p), versions, history, notes,
				AlurPemeriksaan.aksiTersedia(p.getStatus(), parts, konteks), Set.copyOf(parts), p.getDibuatOleh(),
				p.getDibuatPada(), p.getDiterbitkanPada(), p.getVersion());
	}

	private PengajuanView.Versi view(VersiPengajuan v) {
		return new PengajuanView.Versi(v.getId(), v.getNomor(), v.getRilisUuid(), v.getNamaBerkas(), v.getUkuranBerkas(),
				v.getFormatBerkas(), v.getBerkasKey(), v.getTemuanKey(), v.getTemuanDisimpan(), v.getJumlahBaris(),
				v.getJumlahGalat(), v.getJumlahPeringatan(), json.readValue(v.getRingkasanJson(), COUNTS),
				v.getKepatuhanJson() == null ? null : json.readValue(v.getKepatuhanJson(), KepatuhanSdi.class),
				v.getOpsiImpor(), v.getDibuatOleh(), v.getDibuatPada());
	}

	static PengajuanView.Catatan view(CatatanPemeriksaan c) {
		return new PengajuanView.Catatan(c.getId(), c.getVersi(), c.getKolom(), c.getBaris(), c.getTeks(), c.getPenulis(),
				c.getPeran(), c.getWaktu());
	}

	String json(Object value) {
		return json.writeValueAsString(value);
	}

	UsulanMetadata usulan(Pengajuan p) {
		return p.getUsulanJson() == null ? UsulanMetadata.KOSONG : json.readValue(p.getUsulanJson(), UsulanMetadata.class);
	}

	Map<String, String> justifikasi(Pengajuan p) {
		return p.getJustifikasiJson() == null ? Map.of() : json.readValue(p.getJustifikasiJson(), TEXTS);
	}

	/** The rules with warnings in the newest upload. */
	List<String> aturanPeringatan(Pengajuan p) {
		List<VersiPengajuan> all = versi.findByPengajuanIdOrderByNomorAsc(p.getId());
		if (all.isEmpty()) {
			return List.of();
		}
		List<String> out = new ArrayList<>();
		json.readValue(all.get(all.size() - 1).getRingkasanJson(), COUNTS).forEach((k, n) -> {
			if (k.endsWith("/PERINGATAN") && n > 0) {
				out.add(k.substring(0, k.indexOf('/')));
			}
		});
		return out;
	}

	String labelAturan(String rule) {
		return messages.label("aturan." + rule, rule);
	}

	/** The names of the dataset's columns (notes may name only these). */
	List<String> kolom(Pengajuan p) {
		return katalog.dataset(String.valueOf(p.getDatasetId())).map(d -> d.kolom().stream().map(ColumnSpec::name).toList())
			.orElse(List.of());
	}

	/** "Judul dataset (periode)" for notifications. */
	String judul(Pengajuan p) {
		return katalog.dataset(String.valueOf(p.getDatasetId())).map(d -> d.ringkas().judul()).orElse("#" + p.getDatasetId())
				+ " (" + p.getPeriode() + ")";
	}

}
