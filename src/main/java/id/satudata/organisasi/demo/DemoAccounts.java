package id.satudata.organisasi.demo;

import java.util.List;

import id.satudata.organisasi.JenisUnit;
import id.satudata.shared.security.Peran;

/**
 * The demo organization tree for Provinsi Kepulauan Bangka Belitung and one demo account per
 * role, seeded on the embedded default only (the production profile refuses to start with them).
 * Listed in the README; keep the two in step.
 */
public final class DemoAccounts {

	/** The password of every demo account. Refused for real accounts by the password policy. */
	public static final String PASSWORD = "satudata2026";

	record UnitSeed(String nama, String singkatan, JenisUnit jenis) {
	}

	record OrgSeed(String kodeWilayah, List<UnitSeed> units) {
	}

	/** @param unit the unit's short name (singkatan) within the organization, or null for org-wide */
	record AccountSeed(String username, String namaLengkap, Peran peran, String kodeWilayah, String unit) {
	}

	static final List<OrgSeed> ORGANISASI = List.of(
			new OrgSeed("0", List.of(
					new UnitSeed("Sekretariat Satu Data Indonesia Tingkat Pusat", "Walidata Pusat", JenisUnit.WALIDATA),
					new UnitSeed("Badan Pusat Statistik", "BPS RI", JenisUnit.PEMBINA_DATA_STATISTIK),
					new UnitSeed("Badan Informasi Geospasial", "BIG", JenisUnit.PEMBINA_DATA_GEOSPASIAL),
					new UnitSeed("Kementerian PPN/Bappenas", "Bappenas", JenisUnit.KOORDINATOR_FORUM),
					new UnitSeed("Direktorat Jenderal Kependudukan dan Pencatatan Sipil, Kementerian Dalam Negeri",
							"Ditjen Dukcapil", JenisUnit.PRODUSEN_DATA))),
			new OrgSeed("19", List.of(
					new UnitSeed("Dinas Komunikasi dan Informatika", "Diskominfo", JenisUnit.WALIDATA),
					new UnitSeed("Badan Perencanaan Pembangunan Daerah", "Bappeda", JenisUnit.KOORDINATOR_FORUM),
					new UnitSeed("Badan Pusat Statistik Provinsi Kepulauan Bangka Belitung", "BPS Provinsi",
							JenisUnit.PEMBINA_DATA_STATISTIK),
					new UnitSeed("Dinas Pekerjaan Umum dan Penataan Ruang, Perumahan Rakyat dan Kawasan Permukiman",
							"Dinas PUPRPKP", JenisUnit.PEMBINA_DATA_GEOSPASIAL),
					new UnitSeed("Pejabat Pengelola Informasi dan Dokumentasi Utama", "PPID", JenisUnit.PPID),
					new UnitSeed("Dinas Pendidikan", "Disdik", JenisUnit.PRODUSEN_DATA),
					new UnitSeed("Dinas Kesehatan", "Dinkes", JenisUnit.PRODUSEN_DATA),
					new UnitSeed("Dinas Kependudukan dan Pencatatan Sipil", "Disdukcapil", JenisUnit.PRODUSEN_DATA),
					new UnitSeed("Dinas Pertanian, Pangan dan Perikanan Darat", "Distan", JenisUnit.PRODUSEN_DATA),
					new UnitSeed("Dinas Pariwisata, Kebudayaan, Kepemudaan dan Olahraga", "Disbudparpora",
							JenisUnit.PRODUSEN_DATA),
					new UnitSeed("Dinas Sosial", "Dinsos", JenisUnit.PRODUSEN_DATA),
					new UnitSeed("Dinas Perhubungan", "Dishub", JenisUnit.PRODUSEN_DATA),
					new UnitSeed("Dinas Kelautan dan Perikanan", "DKP", JenisUnit.PRODUSEN_DATA),
					new UnitSeed("Dinas Lingkungan Hidup", "DLH", JenisUnit.PRODUSEN_DATA),
					new UnitSeed("Biro Pemerintahan dan Otonomi Daerah", "Biro Pemerintahan", JenisUnit.PRODUSEN_DATA))),
			kabKota("19.01", "Kabupaten Bangka"), kabKota("19.02", "Kabupaten Belitung"),
			kabKota("19.03", "Kabupaten Bangka Selatan"), kabKota("19.04", "Kabupaten Bangka Tengah"),
			kabKota("19.05", "Kabupaten Bangka Barat"), kabKota("19.06", "Kabupaten Belitung Timur"),
			kabKota("19.71", "Kota Pangkal Pinang"));

	static final List<AccountSeed> AKUN = List.of(
			new AccountSeed("admin", "Administrator Sistem", Peran.ADMIN, "19", null),
			new AccountSeed("walidata", "Rina Walidata (Diskominfo)", Peran.WALIDATA, "19", "Diskominfo"),
			new AccountSeed("produsen", "Budi Produsen (Disdukcapil)", Peran.PRODUSEN_DATA, "19", "Disdukcapil"),
			new AccountSeed("produsen.dinkes", "Sari Produsen (Dinkes)", Peran.PRODUSEN_DATA, "19", "Dinkes"),
			new AccountSeed("pendukung", "Agus Walidata Pendukung (Disdukcapil)", Peran.WALIDATA_PENDUKUNG, "19",
					"Disdukcapil"),
			new AccountSeed("pembina", "Dewi Pembina Data (BPS Provinsi)", Peran.PEMBINA_DATA, "19", "BPS Provinsi"),
			new AccountSeed("pembina.geo", "Hendra Pembina Geospasial (PUPRPKP)", Peran.PEMBINA_DATA, "19",
					"Dinas PUPRPKP"),
			new AccountSeed("koordinator", "Yusuf Koordinator Forum (Bappeda)", Peran.KOORDINATOR_FORUM, "19", "Bappeda"),
			new AccountSeed("ppid", "Lina PPID", Peran.PPID, "19", "PPID"),
			new AccountSeed("kadis", "Kepala Dinas Kominfo", Peran.KEPALA_DINAS, "19", "Diskominfo"),
			new AccountSeed("kabid", "Kepala Bidang e-Government dan Statistik", Peran.KEPALA_BIDANG, "19", "Diskominfo"),
			new AccountSeed("subkoor", "Sub Koordinator Statistik (Statistisi Ahli Muda)", Peran.SUB_KOORDINATOR, "19",
					"Diskominfo"),
			new AccountSeed("petugas", "Petugas Service Desk", Peran.PETUGAS_LAYANAN, "19", "Diskominfo"),
			new AccountSeed("pengguna", "Warga Pengguna Terdaftar", Peran.PENGGUNA, "19", null),
			new AccountSeed("walidata.pangkalpinang", "Walidata Kota Pangkal Pinang", Peran.WALIDATA, "19.71",
					"Diskominfo"),
			new AccountSeed("produsen.pangkalpinang", "Produsen Data Dinas Pendidikan Kota Pangkal Pinang",
					Peran.PRODUSEN_DATA, "19.71", "Disdik"),
			new AccountSeed("walidata.pusat", "Walidata Pusat", Peran.WALIDATA, "0", "Walidata Pusat"),
			new AccountSeed("pembina.pusat", "Pembina Data Pusat (BPS RI)", Peran.PEMBINA_DATA, "0", "BPS RI"));

	private static OrgSeed kabKota(String kode, String nama) {
		String kota = nama.startsWith("Kota") ? "Kota" : "Kabupaten";
		return new OrgSeed(kode, List.of(
				new UnitSeed("Dinas Komunikasi dan Informatika", "Diskominfo", JenisUnit.WALIDATA),
				new UnitSeed("Badan Perencanaan Pembangunan Daerah", "Bappeda", JenisUnit.KOORDINATOR_FORUM),
				new UnitSeed("Badan Pusat Statistik " + nama, "BPS " + kota, JenisUnit.PEMBINA_DATA_STATISTIK),
				new UnitSeed("Dinas Pendidikan", "Disdik", JenisUnit.PRODUSEN_DATA),
				new UnitSeed("Dinas Kesehatan", "Dinkes", JenisUnit.PRODUSEN_DATA),
				new UnitSeed("Dinas Kependudukan dan Pencatatan Sipil", "Disdukcapil", JenisUnit.PRODUSEN_DATA)));
	}

	private DemoAccounts() {
	}

}
