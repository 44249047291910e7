package id.satudata.standar;

import java.util.LinkedHashMap;
import java.util.Map;

/** Complete, valid editor parameters for every block of an MS-Keg (an object mother for tests). */
public final class MsKegiatanIsian {

	private MsKegiatanIsian() {
	}

	public static Map<String, Map<String, String>> lengkap(String judul, int tahun) {
		Map<String, Map<String, String>> b = new LinkedHashMap<>();
		b.put("KEPALA", map("f.judulKegiatan", judul, "f.tahun", String.valueOf(tahun), "f.jenisStatistik", "SEKTORAL",
				"f.caraPengumpulan", "SURVEI", "f.sektorKegiatan", "Pendidikan"));
		b.put("I", map("f.instansi", "Dinas Pendidikan Kota Pangkal Pinang", "f.alamat", "Jl. Rasakunda No. 1, Pangkal Pinang",
				"f.telepon", "(0717) 421234", "f.email", "disdik@pangkalpinangkota.go.id"));
		b.put("II", map("f.unitEselon1", "Dinas Pendidikan", "f.unitEselon2", "Bidang Perencanaan", "f.pjNama", "Siti Rahma",
				"f.pjJabatan", "Kepala Subbagian Program", "f.pjAlamat", "Jl. Rasakunda No. 1", "f.pjTelepon", "0812 7000 1234",
				"f.pjEmail", "siti.rahma@contoh.go.id"));
		Map<String, String> iii = map("f.latarBelakang", "Data partisipasi sekolah diperlukan untuk perencanaan.",
				"f.tujuan", "Menghitung Angka Partisipasi Kasar per jenjang.", "f.variabel.0.nama", "Jumlah siswa",
				"f.variabel.0.konsep", "Siswa", "f.variabel.0.definisi", "Peserta didik yang terdaftar pada satuan pendidikan",
				"f.variabel.0.referensiWaktu", "Tahun ajaran " + tahun + "/" + (tahun + 1));
		int m = 1;
		for (String j : new String[] { "Perencanaan", "Desain", "Pengumpulan", "Pengolahan", "Analisis", "Diseminasi", "Evaluasi" }) {
			iii.put("f.jadwal" + j + ".mulai", String.format("%d-%02d-01", tahun, m));
			iii.put("f.jadwal" + j + ".selesai", String.format("%d-%02d-28", tahun, m));
			m++;
		}
		b.put("III", iii);
		b.put("IV", map("f.sekaliBerulang", "BERULANG", "f.frekuensi", "TAHUNAN", "f.tipePengumpulan", "CROSS_SECTIONAL",
				"f.cakupanWilayah", "SEBAGIAN_WILAYAH", "f.wilayahKegiatan", "19.71", "f.metodePengumpulan", "WAWANCARA",
				"f.saranaPengumpulan", "CAPI", "f.unitPengumpulan", "INDIVIDU"));
		b.put("V", map("f.jenisRancanganSampel", "BERTAHAP", "f.metodePemilihanSampel", "PROBABILITAS", "f.metodeSampel",
				"STRATIFIED", "f.kerangkaSampel", "LIST_FRAME", "f.fraksiSampel", "10 persen", "f.perkiraanSamplingError",
				"RSE di bawah 25 persen", "f.unitSampel", "Satuan pendidikan", "f.unitObservasi", "Peserta didik"));
		b.put("VI", map("f.ujiCoba", "YA", "f.pemeriksaanKualitas", "SUPERVISI", "f.penyesuaianNonrespon", "IMPUTASI",
				"f.petugasPengumpulan", "STAF_INSTANSI", "f.pendidikanPetugas", "D4_S1", "f.jumlahSupervisor", "2",
				"f.jumlahEnumerator", "10", "f.pelatihan", "YA"));
		b.put("VII", map("f.tahapanPengolahan", "VALIDASI", "f.metodeAnalisis", "DESKRIPTIF", "f.unitAnalisis", "Kecamatan",
				"f.tingkatPenyajian", "KABUPATEN_KOTA"));
		b.put("VIII", map("f.produkTercetak", "TIDAK", "f.produkDigital", "YA", "f.rilisDigital", tahun + "-12-15",
				"f.produkMikrodata", "TIDAK"));
		return b;
	}

	static Map<String, String> map(String... kv) {
		Map<String, String> out = new LinkedHashMap<>();
		for (int i = 0; i < kv.length; i += 2) {
			out.put(kv[i], kv[i + 1]);
		}
		return out;
	}

}
