package id.satudata.test;

import java.util.HashMap;
import java.util.Map;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * Stores the context's files in a new bucket on the test JVM's {@link S3Server} (after
 * {@link TestDatabaseInitializer}, which gives the context its database and data directory).
 */
public class S3StorageInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

	@Override
	public void initialize(ConfigurableApplicationContext context) {
		S3Server s3 = S3Server.get();
		Map<String, Object> props = new HashMap<>();
		props.put("satudata.penyimpanan.jenis", "s3");
		props.put("satudata.penyimpanan.s3.endpoint", s3.endpoint().toString());
		props.put("satudata.penyimpanan.s3.region", S3Server.REGION);
		props.put("satudata.penyimpanan.s3.bucket", s3.newBucket());
		props.put("satudata.penyimpanan.s3.prefix", "satudata/");
		props.put("satudata.penyimpanan.s3.access-key", S3Server.ACCESS_KEY);
		props.put("satudata.penyimpanan.s3.secret-key", S3Server.SECRET_KEY);
		context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("satudata-test-s3", props));
	}

}
