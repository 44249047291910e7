package id.satudata.katalog.pencarian;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.hibernate.search.backend.elasticsearch.index.layout.IndexLayoutStrategy;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Index names on OpenSearch/Elasticsearch: Hibernate Search's usual layout (an index {@code
 * <name>-000001} behind the aliases {@code <name>-read} and {@code <name>-write}) with a prefix per
 * installation ({@code satudata.pencarian.awalan-indeks}, {@code SATUDATA_SEARCH_INDEX_PREFIX}), so
 * several installations, or a test and a production one, can share one cluster. All nodes of one
 * installation must use the same prefix. Not used by the embedded Lucene index.
 */
@Component("tataLetakIndeks")
class TataLetakIndeks implements IndexLayoutStrategy {

	private static final Pattern NAMA = Pattern.compile("(.*)-\\d{6}");

	private final String awalan;

	TataLetakIndeks(@Value("${satudata.pencarian.awalan-indeks:satudata-}") String awalan) {
		this.awalan = awalan;
	}

	@Override
	public String createInitialElasticsearchIndexName(String nama) {
		return awalan + nama + "-000001";
	}

	@Override
	public String createWriteAlias(String nama) {
		return awalan + nama + "-write";
	}

	@Override
	public String createReadAlias(String nama) {
		return awalan + nama + "-read";
	}

	@Override
	public String extractUniqueKeyFromHibernateSearchIndexName(String nama) {
		return awalan + nama;
	}

	@Override
	public String extractUniqueKeyFromElasticsearchIndexName(String namaIndeks) {
		Matcher m = NAMA.matcher(namaIndeks);
		if (!m.matches()) {
			throw new IllegalArgumentException("Unexpected index name: " + namaIndeks);
		}
		return m.group(1);
	}

}
