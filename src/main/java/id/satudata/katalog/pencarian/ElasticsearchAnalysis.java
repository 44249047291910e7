package id.satudata.katalog.pencarian;

import org.hibernate.search.backend.elasticsearch.analysis.ElasticsearchAnalysisConfigurationContext;
import org.hibernate.search.backend.elasticsearch.analysis.ElasticsearchAnalysisConfigurer;

/** The same analysis on Elasticsearch/OpenSearch: their built-in Indonesian analyzer. */
public class ElasticsearchAnalysis implements ElasticsearchAnalysisConfigurer {

	@Override
	public void configure(ElasticsearchAnalysisConfigurationContext context) {
		context.analyzer("indonesia").type("indonesian");
		context.normalizer("lowercase").custom().tokenFilters("lowercase", "asciifolding");
	}

}
