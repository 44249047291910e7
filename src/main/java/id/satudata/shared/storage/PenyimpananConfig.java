package id.satudata.shared.storage;

import java.nio.file.Path;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import id.satudata.shared.SatuDataProperties;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * The file store this installation uses ({@code satudata.penyimpanan.jenis}): the local folder by
 * default, an S3-compatible bucket with a bounded per-node cache in a scale-out installation.
 */
@Configuration(proxyBeanMethods = false)
class PenyimpananConfig {

	@Bean
	FileStore fileStore(PenyimpananProperties penyimpanan, SatuDataProperties satudata, TempFiles temp,
			FileProblems problems, ObjectProvider<MeterRegistry> meters) {
		return switch (penyimpanan.jenis()) {
			case LOKAL -> new LocalFileStore(satudata, problems);
			case S3 -> {
				Path dir = penyimpanan.cache().dir() != null ? penyimpanan.cache().dir()
						: satudata.dataDir().resolve("cache").resolve("berkas");
				FileCache cache = new FileCache(dir, penyimpanan.cache().maxSize().toBytes(),
						penyimpanan.cache().minIdle(), System::nanoTime);
				meters.ifAvailable(registry -> {
					Gauge.builder("satudata.berkas.cache.bytes", cache, FileCache::totalBytes).baseUnit("bytes")
						.description("Bytes of the node's copies of stored files").register(registry);
					Gauge.builder("satudata.berkas.cache.files", cache, FileCache::count)
						.description("The node's copies of stored files").register(registry);
					FunctionCounter.builder("satudata.berkas.cache.fetches", cache, FileCache::fetches)
						.description("Stored files fetched from the object storage into the node's cache").register(registry);
					FunctionCounter.builder("satudata.berkas.cache.evictions", cache, FileCache::evictions)
						.description("Copies removed to keep the cache within its size").register(registry);
				});
				yield new S3FileStore(penyimpanan.s3(), cache, temp, problems);
			}
		};
	}

}
