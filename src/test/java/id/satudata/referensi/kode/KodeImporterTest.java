package id.satudata.referensi.kode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import id.satudata.shared.tabular.TabularFileException;

class KodeImporterTest {

	@TempDir
	Path dir;

	final KodeImporter importer = new KodeImporter();

	Path csv(String text) throws IOException {
		return Files.writeString(dir.resolve("f" + System.nanoTime() + ".csv"), text, StandardCharsets.UTF_8);
	}

	static KodeItem stored(String kode, String induk, boolean aktif) {
		return new KodeItem(1, kode, "Nama " + kode, induk, null, null, null, aktif, Map.of(), 1, 1);
	}

	@Test
	void readsAGoodFileWithAttributesAndDates() throws IOException {
		KodeImporter.Result r = importer.read(csv("""
				kode,nama,kode_induk,tingkat,berlaku_mulai,kode_bps
				19,Kepulauan Bangka Belitung,,provinsi,2000-12-04,19
				19.71,Kota Pangkal Pinang,19,kabupaten_kota,04/12/2000,1971
				"""), Map.of(), ImportMode.GABUNG);
		assertThat(r.ok()).isTrue();
		assertThat(r.rows()).hasSize(2);
		KodeRow kota = r.rows().get(1);
		assertThat(kota.kodeInduk()).isEqualTo("19");
		assertThat(kota.berlakuMulai()).isEqualTo(LocalDate.of(2000, 12, 4));
		assertThat(kota.atribut()).containsEntry("kode_bps", "1971");
		assertThat(r.atributNames()).containsExactly("kode_bps");
	}

	@Test
	void reportsEveryBadRowWithRowAndColumn() throws IOException {
		KodeImporter.Result r = importer.read(csv("""
				kode,nama,kode_induk
				01,Satu,
				02,,01
				01,Satu lagi,
				03,Tiga,99
				0 4,Empat,
				05,Lima,05
				"""), Map.of(), ImportMode.GABUNG);
		assertThat(r.ok()).isFalse();
		assertThat(r.errors()).extracting(ImportError::baris, ImportError::kolom, ImportError::pesanKey).containsExactly(
				org.assertj.core.groups.Tuple.tuple(3L, "nama", "impor.galat.namaKosong"),
				org.assertj.core.groups.Tuple.tuple(4L, "kode", "impor.galat.kodeGanda"),
				org.assertj.core.groups.Tuple.tuple(6L, "kode", "impor.galat.kodeTidakValid"),
				org.assertj.core.groups.Tuple.tuple(7L, "kode_induk", "impor.galat.indukDiriSendiri"),
				org.assertj.core.groups.Tuple.tuple(5L, "kode_induk", "impor.galat.indukTidakAda"));
		assertThat(r.errors().get(1).args()).containsExactly(2L);
	}

	@Test
	void parentMayBeAnActiveCodeAlreadyInTheListButNotARetiredOne() throws IOException {
		Path file = csv("kode,nama,kode_induk\n19.71,Kota,19\n19.72,Lain,18\n");
		KodeImporter.Result r = importer.read(file, Map.of("19", stored("19", null, true), "18", stored("18", null, false)),
				ImportMode.GABUNG);
		assertThat(r.errors()).extracting(ImportError::pesanKey).containsExactly("impor.galat.indukPensiun");
		// in replace mode the parent must be in the file itself
		KodeImporter.Result replace = importer.read(csv("kode,nama,kode_induk\n19.71,Kota,19\n"),
				Map.of("19", stored("19", null, true)), ImportMode.GANTI);
		assertThat(replace.errors()).extracting(ImportError::pesanKey).containsExactly("impor.galat.indukTidakAda");
	}

	@Test
	void cyclesAreFound() throws IOException {
		KodeImporter.Result r = importer.read(csv("kode,nama,kode_induk\nA,a,B\nB,b,C\nC,c,A\n"), Map.of(),
				ImportMode.GABUNG);
		assertThat(r.errors()).extracting(ImportError::pesanKey).containsOnly("impor.galat.siklus");
		assertThat(r.errorCount()).isEqualTo(3);
	}

	@Test
	void missingRequiredColumnsAndBadHeadersStopAtTheHeader() throws IOException {
		KodeImporter.Result r = importer.read(csv("code,Label Baru!,label\n1,x,y\n"), Map.of(), ImportMode.GABUNG);
		assertThat(r.errors()).extracting(ImportError::baris).containsOnly(1L);
		assertThat(r.errors()).extracting(ImportError::pesanKey).contains("impor.galat.headerTidakValid");
	}

	@Test
	void raggedRowsAndBadDatesAreReported() throws IOException {
		KodeImporter.Result r = importer.read(csv("kode,nama,berlaku_mulai,berlaku_sampai\n1,a,x,\n2,b,2026-01-02,2025-01-01\n3,c\n4,d,,,extra\n"),
				Map.of(), ImportMode.GABUNG);
		assertThat(r.errors()).extracting(ImportError::pesanKey).containsExactly("impor.galat.tanggal",
				"impor.galat.tanggalTerbalik", "impor.galat.kolomKurang", "impor.galat.kolomLebih");
	}

	@Test
	void headerOnlyFileHasNoData() throws IOException {
		KodeImporter.Result r = importer.read(csv("kode,nama\n"), Map.of(), ImportMode.GABUNG);
		assertThat(r.errors()).extracting(ImportError::pesanKey).containsExactly("impor.galat.tanpaData");
	}

	@Test
	void wrongEncodingIsRefusedWholeWithTheLine() throws IOException {
		Path file = Files.write(dir.resolve("w.csv"),
				"kode,nama\n1,Dua Puluh\n2,Sukabumi \u2013 Cianjur\n".getBytes(Charset.forName("windows-1252")));
		assertThatThrownBy(() -> importer.read(file, Map.of(), ImportMode.GABUNG))
			.isInstanceOf(TabularFileException.class).hasMessage("tabular.galat.encoding");
	}

	@Test
	void theShippedRegionListPassesItsOwnChecks() throws IOException {
		Path file = dir.resolve("wilayah.csv");
		try (var in = getClass().getClassLoader().getResourceAsStream(ReferensiStartup.WILAYAH_RESOURCE)) {
			Files.copy(in, file);
		}
		KodeImporter.Result r = importer.read(file, Map.of(), ImportMode.GABUNG);
		assertThat(r.errors()).isEmpty();
		assertThat(r.rows()).hasSize(91_599);
		assertThat(r.rows().stream().filter(k -> "19.71".equals(k.kodeInduk())).count()).isEqualTo(7);
	}

}
