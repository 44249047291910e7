package id.satudata.datastore.impor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import id.satudata.datastore.ImportOptions;
import id.satudata.datastore.TablePreview;
import id.satudata.datastore.TablePreview.Kind;
import id.satudata.shared.tabular.TableShaper;

/** The preview marks each row as the import takes it, with and without the user's corrections. */
class TablePreviewsTest {

	@TempDir
	Path dir;

	static final String CSV = """
			Jumlah Penduduk Kota Pangkalpinang, 2024

			No;Kecamatan;Laki-laki;Perempuan;Jumlah
			1;Bukit Intan;21.302;20.990;42.292
			2;Taman Sari;8.120;8.001;16.121
			3;Gabek;-;-;-
			;Jumlah;29.422;28.991;58.413

			Sumber: BPS Kota Pangkalpinang
			""";

	@Test
	void aSemicolonCsvWithATitleIsMarkedRowByRow() throws IOException {
		Path file = Files.writeString(dir.resolve("judul.csv"), CSV, StandardCharsets.UTF_8);
		TablePreview p = TablePreviews.preview(file, ImportOptions.defaults(), 100);
		assertThat(p.rows()).extracting(TablePreview.Row::number, TablePreview.Row::kind).containsExactly(
				tuple(1L, Kind.JUDUL), tuple(3L, Kind.KEPALA), tuple(4L, Kind.DATA), tuple(5L, Kind.DATA),
				tuple(6L, Kind.DATA), tuple(7L, Kind.JUMLAH), tuple(9L, Kind.CATATAN));
		assertThat(p.headers()).containsExactly("No", "Kecamatan", "Laki-laki", "Perempuan", "Jumlah");
		assertThat(p.rows().get(2).cells()).containsExactly("1", "Bukit Intan", "21.302", "20.990", "42.292");
		assertThat(p.rows().get(2).label()).isEqualTo("Bukit Intan");
		assertThat(p.truncated()).isFalse();
	}

	@Test
	void theChoicesChangeTheMarksAndALongFileIsCut() throws IOException {
		Path file = Files.writeString(dir.resolve("judul.csv"), CSV, StandardCharsets.UTF_8);
		TablePreview p = TablePreviews.preview(file, ImportOptions.defaults()
			.withLayout(new TableShaper.Choices(0, 0, Set.of("gabek"), Set.of("jumlah"))), 100);
		assertThat(p.rows()).extracting(TablePreview.Row::number, TablePreview.Row::kind)
			.contains(tuple(6L, Kind.DIKECUALIKAN), tuple(7L, Kind.DATA));
		TablePreview cut = TablePreviews.preview(file, ImportOptions.defaults(), 4);
		assertThat(cut.truncated()).isTrue();
		assertThat(cut.rows()).hasSize(4);
	}

}
