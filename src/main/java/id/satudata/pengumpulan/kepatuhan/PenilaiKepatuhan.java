package id.satudata.pengumpulan.kepatuhan;

import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;

import id.satudata.datastore.ColumnSpec;
import id.satudata.datastore.ColumnType;
import id.satudata.datastore.ImportResult;
import id.satudata.katalog.DatasetDetail;
import id.satudata.katalog.JenisData;
import id.satudata.pemeriksaan.KepatuhanSdi;
import id.satudata.pemeriksaan.KepatuhanSdi.Kriteria;
import id.satudata.pemeriksaan.KepatuhanSdi.Prinsip;
import id.satudata.pemeriksaan.UsulanMetadata;

/**
 * The SDI compliance score of a submission: for each of the four principles of Perpres 39/2019 the
 * criteria a Walidata checks, met or missing, from the dataset's metadata and schema (with what the
 * producer proposes in the submission) and what the checks found in the data.
 */
@Component
public class PenilaiKepatuhan {

	/**
	 * @param metadataStatistik whether a final metadata statistik form (MS-Keg, MS-Ind or MS-Var)
	 *        belongs to the dataset
	 */
	public KepatuhanSdi nilai(DatasetDetail d, UsulanMetadata usulan, ImportResult impor, boolean metadataStatistik) {
		List<ColumnSpec> kolom = d.kolom();
		String deskripsi = pick(usulan.deskripsi(), d.ringkas().deskripsi());
		String satuan = pick(usulan.satuan(), d.satuan());
		String kontakNama = pick(usulan.kontakNama(), d.kontakNama());
		String kontakEmail = pick(usulan.kontakEmail(), d.kontakEmail());
		boolean kataKunci = (usulan.kataKunci() != null && !usulan.kataKunci().isEmpty())
				|| !d.ringkas().kataKunci().isEmpty();

		List<Kriteria> standar = new ArrayList<>();
		List<String> tanpaLabel = kolom.stream().filter(c -> c.label().equals(c.name())).map(ColumnSpec::name).toList();
		standar.add(k("pengumpulan.sdi.kolomBerlabel", tanpaLabel.isEmpty(), tanpaLabel));
		List<String> tanpaSatuan = kolom.stream().filter(c -> c.type().numeric() && blank(c.unit()) && blank(satuan))
			.map(ColumnSpec::name).toList();
		standar.add(k("pengumpulan.sdi.angkaBersatuan", tanpaSatuan.isEmpty(), tanpaSatuan));
		standar.add(k("pengumpulan.sdi.standarData", !blank(d.standarData()) || !d.variabelKolom().isEmpty(), List.of()));

		List<Kriteria> metadata = new ArrayList<>();
		metadata.add(k("pengumpulan.sdi.deskripsi", deskripsi != null && deskripsi.strip().length() >= 30, List.of()));
		metadata.add(k("pengumpulan.sdi.kontak", !blank(kontakNama) && !blank(kontakEmail), List.of()));
		metadata.add(k("pengumpulan.sdi.topikKataKunci", !blank(d.ringkas().topik()) && kataKunci, List.of()));
		if (d.ringkas().jenisData() == JenisData.STATISTIK) {
			metadata.add(k("pengumpulan.sdi.metadataStatistik", metadataStatistik || d.metadataStatistikId() != null,
					List.of()));
		}

		List<Kriteria> interop = new ArrayList<>();
		long strukturTipe = count(impor, "struktur") + count(impor, "tipe") + count(impor, "header");
		interop.add(k("pengumpulan.sdi.terbacaMesin", strukturTipe == 0, List.of()));
		interop.add(k("pengumpulan.sdi.kunciBaris", kolom.stream().anyMatch(ColumnSpec::key), List.of()));
		interop.add(k("pengumpulan.sdi.lisensi", !blank(d.ringkas().lisensi()), List.of()));

		List<Kriteria> kode = new ArrayList<>();
		List<String> kodeTanpaDaftar = kolom.stream().filter(c -> c.type() == ColumnType.KODE && blank(c.codeList()))
			.map(ColumnSpec::name).toList();
		boolean adaKode = kolom.stream().anyMatch(c -> !blank(c.codeList()));
		kode.add(k("pengumpulan.sdi.kodeReferensi", adaKode && kodeTanpaDaftar.isEmpty(), kodeTanpaDaftar));
		kode.add(k("pengumpulan.sdi.cakupanWilayah", !blank(d.cakupanWilayah()), List.of()));
		kode.add(k("pengumpulan.sdi.kodeSah", count(impor, "kodeReferensi") + count(impor, "cakupan") == 0, List.of()));

		return KepatuhanSdi.dari(List.of(prinsip("STANDAR_DATA", standar), prinsip("METADATA", metadata),
				prinsip("INTEROPERABILITAS", interop), prinsip("KODE_REFERENSI", kode)));
	}

	private static Prinsip prinsip(String kode, List<Kriteria> kriteria) {
		long ok = kriteria.stream().filter(Kriteria::terpenuhi).count();
		return new Prinsip(kode, kriteria.isEmpty() ? 0 : (int) Math.round(100.0 * ok / kriteria.size()), kriteria);
	}

	/** A criterion; the columns that miss it (if any) fill its message's {0}. */
	private static Kriteria k(String key, boolean met, List<String> detail) {
		return new Kriteria(key, List.of(detail.isEmpty() ? "" : "(" + String.join(", ", detail) + ")"), met);
	}

	private static long count(ImportResult r, String rule) {
		return r.issueCounts().entrySet().stream().filter(e -> e.getKey().startsWith(rule + "/"))
			.mapToLong(java.util.Map.Entry::getValue).sum();
	}

	private static String pick(String proposed, String current) {
		return blank(proposed) ? current : proposed;
	}

	private static boolean blank(String s) {
		return s == null || s.isBlank();
	}

}
