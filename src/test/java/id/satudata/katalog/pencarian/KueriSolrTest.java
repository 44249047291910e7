package id.satudata.katalog.pencarian;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import id.satudata.katalog.KueriTidakSah;

/** Parsing CKAN queries: syntax and fields are checked before anything runs; Solr's time values. */
class KueriSolrTest {

	private final KueriSolr kueri = new KueriSolr(null, null);

	@Test
	void harvesterAndJackanQueriesParse() {
		assertThat(kueri.parse("organization:a OR organization:b metadata_modified:[2026-01-01T00:00:00.123456Z TO *]",
				"fq").toString()).contains("organization:a").contains("metadata_modified:[2026-01-01T00:00:00.123456Z TO *]");
		assertThat(kueri.parse("((organization:\"dinkes-19\")) AND ((tags:\"jenis kelamin\"))", "fq").toString())
			.contains("tags:jenis kelamin");
		assertThat(kueri.parse("-organization:x", "fq").toString()).isEqualTo("-organization:x");
		assertThat(kueri.parse("*:*", "q").toString()).isEqualTo("*:*");
	}

	@Test
	void unknownFieldsAndBadSyntaxAreRefused() {
		assertThatThrownBy(() -> kueri.parse("penduduk OR (warna:merah AND tags:x)", "q"))
			.isInstanceOfSatisfying(KueriTidakSah.class, e -> {
				assertThat(e.getJenis()).isEqualTo(KueriTidakSah.Jenis.FIELD);
				assertThat(e.getParameter()).isEqualTo("q");
				assertThat(e.getArgs()[0]).isEqualTo("warna");
			});
		assertThatThrownBy(() -> kueri.parse("tags:(a OR", "fq")).isInstanceOfSatisfying(KueriTidakSah.class,
				e -> assertThat(e.getJenis()).isEqualTo(KueriTidakSah.Jenis.SINTAKS));
	}

	@Test
	void timesAsSolrReadsThem() {
		Instant now = Instant.parse("2026-12-07T03:30:15Z");
		assertThat(KueriSolr.waktu("2026-01-01T00:00:00Z", now)).isEqualTo(Instant.parse("2026-01-01T00:00:00Z"));
		assertThat(KueriSolr.waktu("2026-01-01T00:00:00.5Z", now)).isEqualTo(Instant.parse("2026-01-01T00:00:00.500Z"));
		assertThat(KueriSolr.waktu("2026-01-01T07:00:00+07:00", now)).isEqualTo(Instant.parse("2026-01-01T00:00:00Z"));
		assertThat(KueriSolr.waktu("2026-01-01T00:00:00", now)).isEqualTo(Instant.parse("2026-01-01T00:00:00Z"));
		assertThat(KueriSolr.waktu("2026-02", now)).isEqualTo(Instant.parse("2026-02-01T00:00:00Z"));
		assertThat(KueriSolr.waktu("NOW", now)).isEqualTo(now);
		assertThat(KueriSolr.waktu("NOW-7DAYS", now)).isEqualTo(Instant.parse("2026-11-30T03:30:15Z"));
		assertThat(KueriSolr.waktu("NOW/DAY", now)).isEqualTo(Instant.parse("2026-12-07T00:00:00Z"));
		assertThat(KueriSolr.waktu("kemarin", now)).isNull();
		assertThat(KueriSolr.waktu("2026-13-01", now)).isNull();
	}

}
