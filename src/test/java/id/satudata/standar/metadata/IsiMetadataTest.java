package id.satudata.standar.metadata;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import id.satudata.standar.JenisMetadata;
import id.satudata.standar.StatusMetadata;

/** The required-field rules, value checks and copies of the metadata statistik forms. */
class IsiMetadataTest {

	static final Formulir KEG = DefinisiFormulir.MS_KEGIATAN;

	static Map<String, List<String>> params(String... kv) {
		Map<String, List<String>> out = new HashMap<>();
		for (int i = 0; i < kv.length; i += 2) {
			out.computeIfAbsent(kv[i], k -> new java.util.ArrayList<>()).add(kv[i + 1]);
		}
		return out;
	}

	static Map<String, Object> baca(String blok, String... kv) {
		return IsiMetadata.readBlock(KEG.blok(blok).orElseThrow(), params(kv));
	}

	static Set<String> kurang(Formulir f, Map<String, Object> isi, String... blok) {
		List<Formulir.Blok> b = blok.length == 0 ? f.blok() : IsiMetadata.blok(f, List.of(blok));
		Set<String> out = new java.util.LinkedHashSet<>();
		IsiMetadata.kurang(f, isi, b).forEach(k -> out.add(k.isian() + (k.kolom() == null ? "" : "." + k.baris() + "." + k.kolom())
				+ (k.lainnya() ? "+lainnya" : "")));
		return out;
	}

	@Test
	void anEmptyActivityFormMissesEveryAlwaysRequiredFieldButNotTheConditionalOnes() {
		Set<String> missing = kurang(KEG, Map.of());
		assertThat(missing).contains("judulKegiatan", "tahun", "jenisStatistik", "caraPengumpulan", "sektorKegiatan",
				"instansi", "alamat", "telepon", "email", "unitEselon1", "pjNama", "pjEmail", "latarBelakang", "tujuan",
				"jadwalPerencanaan", "jadwalEvaluasi", "variabel", "sekaliBerulang", "tipePengumpulan", "cakupanWilayah",
				"metodePengumpulan", "ujiCoba", "jumlahEnumerator", "tahapanPengolahan", "tingkatPenyajian", "produkTercetak");
		// optional, or required only given another answer
		assertThat(missing).doesNotContain("faksimile", "pjFaksimile", "identitasRekomendasi", "frekuensi",
				"wilayahKegiatan", "jenisRancanganSampel", "metodeSampel", "unitObservasi", "rilisTercetak", "rilisDigital");
	}

	@Test
	void conditionalFieldsBecomeRequiredByTheAnswersTheyDependOn() {
		Map<String, Object> isi = new LinkedHashMap<>();
		isi.put("sekaliBerulang", "BERULANG");
		isi.put("cakupanWilayah", "SEBAGIAN_WILAYAH");
		isi.put("caraPengumpulan", "SURVEI");
		isi.put("produkDigital", "YA");
		isi.put("produkTercetak", "TIDAK");
		isi.put("metodePengumpulan", List.of("WAWANCARA", "LAINNYA"));
		Set<String> missing = kurang(KEG, isi);
		assertThat(missing).contains("frekuensi", "wilayahKegiatan", "jenisRancanganSampel", "metodePemilihanSampel",
				"metodeSampel", "kerangkaSampel", "fraksiSampel", "perkiraanSamplingError", "unitSampel", "unitObservasi",
				"rilisDigital", "metodePengumpulan+lainnya");
		assertThat(missing).doesNotContain("rilisTercetak", "metodePengumpulan");
		isi.put("metodePengumpulanLainnya", "Tangkapan citra satelit");
		isi.put("caraPengumpulan", "KOMPILASI_ADMINISTRASI");
		assertThat(kurang(KEG, isi)).doesNotContain("metodePengumpulan+lainnya", "jenisRancanganSampel", "unitObservasi");
	}

	@Test
	void dateRangesNeedBothEndsAndTablesEveryCellOfEachRow() {
		Map<String, Object> isi = new LinkedHashMap<>(baca("III", "f.jadwalDesain.mulai", "2026-02-01",
				"f.jadwalPerencanaan.mulai", "2026-01-05", "f.jadwalPerencanaan.selesai", "2026-01-30",
				"f.variabel.0.nama", "Jumlah siswa", "f.variabel.0.konsep", "Siswa", "f.variabel.0.definisi", "Peserta didik terdaftar",
				"f.variabel.2.nama", "Angka Partisipasi Kasar", "f.variabel.2.referensiWaktu", "Tahun ajaran"));
		Set<String> missing = kurang(KEG, isi, "III");
		assertThat(missing).contains("jadwalDesain", "variabel.1.referensiWaktu", "variabel.2.konsep", "variabel.2.definisi");
		assertThat(missing).doesNotContain("jadwalPerencanaan", "variabel");
		// the empty row between them is dropped; the rows are renumbered
		assertThat((List<?>) isi.get("variabel")).hasSize(2);
	}

	@Test
	void valuesAreCheckedByType() {
		Map<String, Object> isi = new LinkedHashMap<>();
		isi.putAll(baca("I", "f.instansi", "Dinas Pendidikan", "f.telepon", "abc", "f.email", "bukan-email"));
		isi.putAll(baca("KEPALA", "f.tahun", "1900", "f.jenisStatistik", "RAHASIA", "f.judulKegiatan", "x".repeat(501)));
		isi.putAll(baca("III", "f.jadwalDesain.mulai", "2026-03-01", "f.jadwalDesain.selesai", "2026-02-01",
				"f.jadwalAnalisis.mulai", "2026-13-40", "f.variabel.0.konsep", "tanpa nama"));
		isi.putAll(baca("IV", "f.wilayahKegiatan", "19.71, 99.99, 19.71.01", "f.metodePengumpulan", "TELEPATI"));
		isi.putAll(baca("V", "f.metodePemilihanSampel", "NONPROBABILITAS", "f.metodeSampel", "STRATIFIED"));
		isi.putAll(baca("VI", "f.jumlahEnumerator", "-3"));
		Map<String, String> errors = new HashMap<>();
		IsiMetadata.periksa(KEG, isi, KEG.blok(), k -> k.equals("19.71")).forEach(g -> errors.put(g.isian(), g.pesanKey()));
		assertThat(errors).containsEntry("telepon", "metadata.galat.telepon").containsEntry("email", "metadata.galat.email")
			.containsEntry("tahun", "metadata.galat.tahun").containsEntry("jenisStatistik", "metadata.galat.pilihan")
			.containsEntry("judulKegiatan", "metadata.galat.panjang").containsEntry("jadwalDesain", "metadata.galat.rentang")
			.containsEntry("jadwalAnalisis", "metadata.galat.tanggal").containsEntry("variabel.0.nama", "metadata.galat.barisTanpaNama")
			.containsEntry("wilayahKegiatan", "metadata.galat.wilayah").containsEntry("metodePengumpulan", "metadata.galat.pilihan")
			.containsEntry("metodeSampel", "metadata.galat.metodeSampel").containsEntry("jumlahEnumerator", "metadata.galat.angka");
		assertThat(errors).doesNotContainKey("instansi");
		assertThat(isi.get("wilayahKegiatan")).isEqualTo(List.of("19.71", "99.99", "19.71.01"));
	}

	@Test
	void aCopyForAnotherYearLeavesOutTheFieldsOfOneYear() {
		Map<String, Object> isi = new LinkedHashMap<>();
		isi.put("judulKegiatan", "Survei Pendidikan");
		isi.put("tahun", "2025");
		isi.put("identitasRekomendasi", "B-1/2025");
		isi.put("jadwalPengumpulan", Map.of("mulai", "2025-03-01", "selesai", "2025-04-01"));
		isi.put("rilisDigital", "2025-12-01");
		isi.put("instansi", "Dinas Pendidikan");
		Map<String, Object> copy = IsiMetadata.salinanTahun(KEG, isi, 2026);
		assertThat(copy).containsEntry("tahun", "2026").containsEntry("instansi", "Dinas Pendidikan")
			.containsEntry("judulKegiatan", "Survei Pendidikan")
			.doesNotContainKeys("identitasRekomendasi", "jadwalPengumpulan", "rilisDigital");
	}

	@Test
	void theBlocksAnOwnerUsesAlwaysIncludeTheHeader() {
		List<String> kode = IsiMetadata.blok(KEG, List.of("I", "II", "III", "IV", "V", "VI", "VII")).stream()
			.map(Formulir.Blok::kode).toList();
		assertThat(kode).containsExactly("KEPALA", "I", "II", "III", "IV", "V", "VI", "VII");
		assertThat(IsiMetadata.blok(KEG, List.of())).hasSize(9);
		// a recommendation's form is complete without block VIII
		Map<String, Object> isi = Map.of();
		assertThat(kurang(KEG, isi, "I", "II", "III", "IV", "V", "VI", "VII")).doesNotContain("produkTercetak");
	}

	@Test
	void indicatorAndVariableForms() {
		Formulir ind = DefinisiFormulir.untuk(JenisMetadata.MS_INDIKATOR);
		assertThat(kurang(ind, Map.of("komposit", "TIDAK"))).contains("nama", "definisi", "metodeRumus", "levelEstimasi",
				"aksesUmum").doesNotContain("indikatorPembangun", "variabelDisagregasi");
		assertThat(kurang(ind, Map.of("komposit", "YA"))).contains("indikatorPembangun");
		Formulir var = DefinisiFormulir.untuk(JenisMetadata.MS_VARIABEL);
		assertThat(kurang(var, Map.of())).contains("nama", "konsep", "definisi", "referensiWaktu", "tipeData", "aksesUmum")
			.doesNotContain("alias", "kalimatPertanyaan");
	}

	@Test
	void theStatusFollowsCompleteness() {
		assertThat(AlurMetadata.jalankan(StatusMetadata.DRAFT, AlurMetadata.Aksi.FINALKAN, true, 0)).isEqualTo(StatusMetadata.FINAL);
		assertThat(org.assertj.core.api.Assertions.catchThrowableOfType(id.satudata.shared.alur.TransisiDitolak.class,
				() -> AlurMetadata.jalankan(StatusMetadata.DRAFT, AlurMetadata.Aksi.FINALKAN, false, 3)).getMessageKey())
			.isEqualTo("metadata.galat.belumLengkap");
		assertThat(org.assertj.core.api.Assertions.catchThrowableOfType(id.satudata.shared.alur.TransisiDitolak.class,
				() -> AlurMetadata.jalankan(StatusMetadata.FINAL, AlurMetadata.Aksi.FINALKAN, true, 0)).getMessageKey())
			.isEqualTo("metadata.galat.sudahFinal");
		assertThat(AlurMetadata.jalankan(StatusMetadata.FINAL, AlurMetadata.Aksi.UBAH, true, 0)).isEqualTo(StatusMetadata.FINAL);
		assertThat(AlurMetadata.jalankan(StatusMetadata.FINAL, AlurMetadata.Aksi.UBAH, false, 1)).isEqualTo(StatusMetadata.DRAFT);
		assertThat(AlurMetadata.jalankan(StatusMetadata.DRAFT, AlurMetadata.Aksi.UBAH, true, 0)).isEqualTo(StatusMetadata.DRAFT);
	}

	@Test
	void everyFieldAndChoiceHasALabelInBothLanguages() throws Exception {
		for (String bundle : List.of("standar.properties", "standar_en.properties")) {
			java.util.Properties p = new java.util.Properties();
			try (var in = java.nio.file.Files.newBufferedReader(java.nio.file.Path.of("src/main/resources/i18n", bundle))) {
				p.load(in);
			}
			for (JenisMetadata j : JenisMetadata.values()) {
				Formulir f = DefinisiFormulir.untuk(j);
				for (Formulir.Blok b : f.blok()) {
					assertThat(p).as(bundle).containsKey(f.blokKey(b));
					for (Formulir.Isian i : b.isian()) {
						assertThat(p).as(bundle).containsKey(f.labelKey(i));
						i.kolom().forEach(k -> assertThat(p).as(bundle).containsKey(f.labelKey(i) + "." + k));
						if (i.daftar() != null) {
							Pilihan.nilai(i.daftar()).forEach(v -> assertThat(p).as(bundle).containsKey(Pilihan.labelKey(i.daftar(), v)));
						}
					}
				}
			}
		}
	}

}
