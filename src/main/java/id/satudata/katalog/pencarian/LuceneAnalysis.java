package id.satudata.katalog.pencarian;

import org.apache.lucene.analysis.id.IndonesianAnalyzer;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurationContext;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurer;

/**
 * Text analysis for the embedded Lucene index: Lucene's Indonesian analyzer (stop words and the
 * Indonesian stemmer, so "pendidikan" and "didik" meet) and a lower-case normalizer for sorting.
 */
public class LuceneAnalysis implements LuceneAnalysisConfigurer {

	@Override
	public void configure(LuceneAnalysisConfigurationContext context) {
		context.analyzer("indonesia").instance(new IndonesianAnalyzer());
		context.normalizer("lowercase").custom().tokenFilter("lowercase").tokenFilter("asciiFolding");
	}

}
