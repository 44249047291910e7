package id.satudata.standar.metadata;

import static id.satudata.standar.TipeIsian.ANGKA;
import static id.satudata.standar.TipeIsian.EMAIL;
import static id.satudata.standar.TipeIsian.KOTAK_BATAS;
import static id.satudata.standar.TipeIsian.PILIHAN;
import static id.satudata.standar.TipeIsian.PILIHAN_GANDA;
import static id.satudata.standar.TipeIsian.RENTANG_TANGGAL;
import static id.satudata.standar.TipeIsian.TABEL;
import static id.satudata.standar.TipeIsian.TANGGAL;
import static id.satudata.standar.TipeIsian.TEKS;
import static id.satudata.standar.TipeIsian.TEKS_PANJANG;
import static id.satudata.standar.TipeIsian.TELEPON;
import static id.satudata.standar.TipeIsian.WILAYAH;
import static id.satudata.standar.TipeIsian.YA_TIDAK;
import static id.satudata.standar.metadata.Formulir.SELALU;
import static id.satudata.standar.metadata.Formulir.TIDAK;
import static id.satudata.standar.metadata.Formulir.bila;

import java.util.List;

import id.satudata.standar.JenisMetadata;

/**
 * The three forms of Peraturan BPS 5/2020 as this platform fills them (field lists:
 * metadata-and-forms.md). Field codes are stable identifiers: they are the keys of the stored
 * document and of the JSON export.
 */
final class DefinisiFormulir {

	static final String KEPALA = "KEPALA";
	static final String UTAMA = "UTAMA";
	static final String JADWAL_MULAI = "mulai";
	static final String JADWAL_SELESAI = "selesai";

	static final Formulir MS_KEGIATAN = msKegiatan();
	static final Formulir MS_INDIKATOR = msIndikator();
	static final Formulir MS_VARIABEL = msVariabel();
	static final Formulir GEOSPASIAL = geospasial();

	private DefinisiFormulir() {
	}

	static Formulir untuk(JenisMetadata jenis) {
		return switch (jenis) {
			case MS_KEGIATAN -> MS_KEGIATAN;
			case MS_INDIKATOR -> MS_INDIKATOR;
			case MS_VARIABEL -> MS_VARIABEL;
			case METADATA_GEOSPASIAL -> GEOSPASIAL;
		};
	}

	private static Formulir msKegiatan() {
		var survei = bila("caraPengumpulan", "SURVEI");
		return new Formulir.Pembangun(JenisMetadata.MS_KEGIATAN, "msKeg", "judulKegiatan")
			.blok(KEPALA)
			.wajib("judulKegiatan", TEKS)
			.wajib(Formulir.TAHUN, ANGKA)
			.pilihan("jenisStatistik", PILIHAN, "jenisStatistik", SELALU)
			.pilihan("caraPengumpulan", PILIHAN, "caraPengumpulan", SELALU)
			.wajib("sektorKegiatan", TEKS)
			.isian("identitasRekomendasi", TEKS, null, List.of(), TIDAK, true, true)
			.blok("I")
			.wajib("instansi", TEKS)
			.wajib("alamat", TEKS_PANJANG)
			.wajib("telepon", TELEPON)
			.wajib("email", EMAIL)
			.opsional("faksimile", TELEPON)
			.blok("II")
			.wajib("unitEselon1", TEKS)
			.wajib("unitEselon2", TEKS)
			// the person in charge: their contact details are personal data (UU PDP), not shown to the public
			.isian("pjNama", TEKS, null, List.of(), SELALU, false, false)
			.wajib("pjJabatan", TEKS)
			.isian("pjAlamat", TEKS_PANJANG, null, List.of(), SELALU, false, false)
			.isian("pjTelepon", TELEPON, null, List.of(), SELALU, false, false)
			.isian("pjEmail", EMAIL, null, List.of(), SELALU, false, false)
			.isian("pjFaksimile", TELEPON, null, List.of(), TIDAK, false, false)
			.blok("III")
			.wajib("latarBelakang", TEKS_PANJANG)
			.wajib("tujuan", TEKS_PANJANG)
			.isian("jadwalPerencanaan", RENTANG_TANGGAL, null, List.of(), SELALU, true, true)
			.isian("jadwalDesain", RENTANG_TANGGAL, null, List.of(), SELALU, true, true)
			.isian("jadwalPengumpulan", RENTANG_TANGGAL, null, List.of(), SELALU, true, true)
			.isian("jadwalPengolahan", RENTANG_TANGGAL, null, List.of(), SELALU, true, true)
			.isian("jadwalAnalisis", RENTANG_TANGGAL, null, List.of(), SELALU, true, true)
			.isian("jadwalDiseminasi", RENTANG_TANGGAL, null, List.of(), SELALU, true, true)
			.isian("jadwalEvaluasi", RENTANG_TANGGAL, null, List.of(), SELALU, true, true)
			.isian("variabel", TABEL, null, List.of("nama", "konsep", "definisi", "referensiWaktu"), SELALU, true, false)
			.blok("IV")
			.pilihan("sekaliBerulang", PILIHAN, "sekaliBerulang", SELALU)
			.pilihan("frekuensi", PILIHAN, "frekuensi", bila("sekaliBerulang", "BERULANG"))
			.pilihan("tipePengumpulan", PILIHAN, "tipePengumpulan", SELALU)
			.pilihan("cakupanWilayah", PILIHAN, "cakupanWilayah", SELALU)
			.isian("wilayahKegiatan", WILAYAH, null, List.of(), bila("cakupanWilayah", "SEBAGIAN_WILAYAH"), true, false)
			.pilihan("metodePengumpulan", PILIHAN_GANDA, "metodePengumpulan", SELALU)
			.pilihan("saranaPengumpulan", PILIHAN_GANDA, "saranaPengumpulan", SELALU)
			.pilihan("unitPengumpulan", PILIHAN_GANDA, "unitPengumpulan", SELALU)
			.blok("V")
			.pilihan("jenisRancanganSampel", PILIHAN, "jenisRancanganSampel", survei)
			.pilihan("metodePemilihanSampel", PILIHAN, "metodePemilihanSampel", survei)
			.pilihan("metodeSampel", PILIHAN, "metodeSampel", survei)
			.pilihan("kerangkaSampel", PILIHAN, "kerangkaSampel", survei)
			.isian("fraksiSampel", TEKS, null, List.of(), survei, true, false)
			.isian("perkiraanSamplingError", TEKS, null, List.of(), survei, true, false)
			.isian("unitSampel", TEKS, null, List.of(), survei, true, false)
			.isian("unitObservasi", TEKS, null, List.of(), survei, true, false)
			.blok("VI")
			.pilihan("ujiCoba", YA_TIDAK, "yaTidak", SELALU)
			.pilihan("pemeriksaanKualitas", PILIHAN_GANDA, "pemeriksaanKualitas", SELALU)
			.pilihan("penyesuaianNonrespon", PILIHAN, "penyesuaianNonrespon", SELALU)
			.pilihan("petugasPengumpulan", PILIHAN, "petugasPengumpulan", SELALU)
			.pilihan("pendidikanPetugas", PILIHAN, "pendidikanPetugas", SELALU)
			.wajib("jumlahSupervisor", ANGKA)
			.wajib("jumlahEnumerator", ANGKA)
			.pilihan("pelatihan", YA_TIDAK, "yaTidak", SELALU)
			.blok("VII")
			.pilihan("tahapanPengolahan", PILIHAN_GANDA, "tahapanPengolahan", SELALU)
			.pilihan("metodeAnalisis", PILIHAN, "metodeAnalisis", SELALU)
			.wajib("unitAnalisis", TEKS)
			.pilihan("tingkatPenyajian", PILIHAN_GANDA, "tingkatPenyajian", SELALU)
			.blok("VIII")
			.pilihan("produkTercetak", YA_TIDAK, "yaTidak", SELALU)
			.isian("rilisTercetak", TANGGAL, null, List.of(), bila("produkTercetak", Pilihan.YA), true, true)
			.pilihan("produkDigital", YA_TIDAK, "yaTidak", SELALU)
			.isian("rilisDigital", TANGGAL, null, List.of(), bila("produkDigital", Pilihan.YA), true, true)
			.pilihan("produkMikrodata", YA_TIDAK, "yaTidak", SELALU)
			.isian("rilisMikrodata", TANGGAL, null, List.of(), bila("produkMikrodata", Pilihan.YA), true, true)
			.selesai();
	}

	private static Formulir msIndikator() {
		return new Formulir.Pembangun(JenisMetadata.MS_INDIKATOR, "msInd", "nama")
			.blok(UTAMA)
			.wajib("nama", TEKS)
			.wajib(Formulir.TAHUN, ANGKA)
			.wajib("konsep", TEKS_PANJANG)
			.wajib("definisi", TEKS_PANJANG)
			.wajib("interpretasi", TEKS_PANJANG)
			.wajib("metodeRumus", TEKS_PANJANG)
			.wajib("ukuran", TEKS)
			.wajib("satuan", TEKS)
			.opsional("variabelDisagregasi", TEKS)
			.pilihan("komposit", YA_TIDAK, "yaTidak", SELALU)
			.isian("indikatorPembangun", TEKS_PANJANG, null, List.of(), bila("komposit", Pilihan.YA), true, false)
			.wajib("variabelPembangun", TEKS_PANJANG)
			.pilihan("levelEstimasi", PILIHAN_GANDA, "tingkatPenyajian", SELALU)
			.pilihan("aksesUmum", YA_TIDAK, "yaTidak", SELALU)
			.selesai();
	}

	private static Formulir msVariabel() {
		return new Formulir.Pembangun(JenisMetadata.MS_VARIABEL, "msVar", "nama")
			.blok(UTAMA)
			.wajib("nama", TEKS)
			.wajib(Formulir.TAHUN, ANGKA)
			.opsional("alias", TEKS)
			.wajib("konsep", TEKS_PANJANG)
			.wajib("definisi", TEKS_PANJANG)
			.opsional("referensiPemilihan", TEKS)
			.wajib("referensiWaktu", TEKS)
			.opsional("ukuran", TEKS)
			.opsional("satuan", TEKS)
			.pilihan("tipeData", PILIHAN, "tipeData", SELALU)
			.opsional("valueDomain", TEKS_PANJANG)
			.opsional("aturanValidasi", TEKS_PANJANG)
			.opsional("kalimatPertanyaan", TEKS_PANJANG)
			.pilihan("aksesUmum", YA_TIDAK, "yaTidak", SELALU)
			.selesai();
	}

	/**
	 * The core of SNI 8843-1:2019 (ISO 19115) for a geospatial dataset: title, abstract, purpose, topic
	 * categories, keywords, dates, language; bounding box, reference system, scale or resolution;
	 * lineage; the responsible party, distribution formats and access constraints.
	 */
	private static Formulir geospasial() {
		return new Formulir.Pembangun(JenisMetadata.METADATA_GEOSPASIAL, "geo", "judul")
			.blok("IDENTIFIKASI")
			.wajib("judul", TEKS)
			.wajib(Formulir.TAHUN, ANGKA)
			.wajib("abstrak", TEKS_PANJANG)
			.wajib("tujuan", TEKS_PANJANG)
			.pilihan("kategoriTopik", PILIHAN_GANDA, "topikIso", SELALU)
			.wajib("kataKunci", TEKS)
			.wajib("tanggalPembuatan", TANGGAL)
			.opsional("tanggalPublikasi", TANGGAL)
			.opsional("tanggalRevisi", TANGGAL)
			.pilihan("bahasa", PILIHAN, "bahasa", SELALU)
			.blok("CAKUPAN")
			.wajib("kotakBatas", KOTAK_BATAS)
			.pilihan("sistemReferensi", PILIHAN, "sistemReferensi", SELALU)
			.pilihan("jenisResolusi", PILIHAN, "jenisResolusi", SELALU)
			.wajib("nilaiResolusi", ANGKA)
			.blok("KUALITAS")
			.wajib("silsilah", TEKS_PANJANG)
			.opsional("katalogUnsur", TEKS)
			.blok("DISTRIBUSI")
			.wajib("organisasiPihak", TEKS)
			.pilihan("peranPihak", PILIHAN, "peranPihak", SELALU)
			.wajib("emailPihak", EMAIL)
			.isian("namaKontak", TEKS, null, List.of(), TIDAK, false, false)
			.pilihan("formatDistribusi", PILIHAN_GANDA, "formatGeo", SELALU)
			.pilihan("batasanAkses", PILIHAN, "batasanAkses", SELALU)
			.opsional("keteranganAkses", TEKS)
			.selesai();
	}

}
