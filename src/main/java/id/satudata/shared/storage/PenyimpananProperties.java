package id.satudata.shared.storage;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * Where stored files live ({@code satudata.penyimpanan.*}, environment {@code SATUDATA_PENYIMPANAN},
 * {@code SATUDATA_S3_*}, {@code SATUDATA_CACHE_*}; see docs/operasi.md).
 *
 * @param jenis {@code lokal} (the default: a folder under the data directory) or {@code s3} (an
 *        S3-compatible bucket shared by every node)
 * @param s3 the bucket, when {@code jenis=s3}
 * @param cache the node's local copies of stored files that engines read from a path (DuckDB, POI),
 *        when {@code jenis=s3}
 */
@ConfigurationProperties("satudata.penyimpanan")
public record PenyimpananProperties(Jenis jenis, S3 s3, Cache cache) {

	public PenyimpananProperties {
		jenis = jenis == null ? Jenis.LOKAL : jenis;
		s3 = s3 == null ? new S3(null, null, null, null, null, null, null, null, null, null, null) : s3;
		cache = cache == null ? new Cache(null, null, null) : cache;
	}

	public enum Jenis {
		LOKAL, S3
	}

	/**
	 * @param endpoint the server's address (MinIO, Ceph, a cloud's S3 endpoint); empty for AWS itself
	 * @param region the bucket's region (any value for most S3-compatible servers)
	 * @param bucket the bucket (created by the operator beforehand)
	 * @param prefix a folder inside the bucket for this installation's objects (may be empty)
	 * @param accessKey the access key; empty: the AWS SDK's usual chain (environment
	 *        {@code AWS_ACCESS_KEY_ID}/{@code AWS_SECRET_ACCESS_KEY}, profile, instance role)
	 * @param secretKey the secret key belonging to {@code accessKey}
	 * @param pathStyle addresses as {@code endpoint/bucket/key} (MinIO, Ceph, S3Proxy) rather than
	 *        {@code bucket.endpoint/key}
	 * @param multipartThreshold files from this size on are sent in parts (multipart upload)
	 * @param partSize the size of each part (at least 5 MB, S3's minimum)
	 * @param connectTimeout how long to wait for a connection to the server
	 * @param readTimeout how long a request may go without receiving data before it fails; health
	 *        checks fail after this long at most
	 */
	public record S3(URI endpoint, String region, String bucket, String prefix, String accessKey, String secretKey,
			Boolean pathStyle, DataSize multipartThreshold, DataSize partSize, Duration connectTimeout,
			Duration readTimeout) {

		public S3 {
			endpoint = endpoint == null || endpoint.toString().isBlank() ? null : endpoint;
			region = region == null || region.isBlank() ? "us-east-1" : region;
			prefix = normalizedPrefix(prefix);
			accessKey = accessKey == null || accessKey.isBlank() ? null : accessKey;
			secretKey = secretKey == null || secretKey.isBlank() ? null : secretKey;
			pathStyle = pathStyle == null || pathStyle;
			multipartThreshold = multipartThreshold == null ? DataSize.ofMegabytes(64) : multipartThreshold;
			partSize = partSize == null || partSize.toBytes() < DataSize.ofMegabytes(5).toBytes()
					? DataSize.ofMegabytes(16) : partSize;
			connectTimeout = connectTimeout == null ? Duration.ofSeconds(5) : connectTimeout;
			readTimeout = readTimeout == null ? Duration.ofSeconds(30) : readTimeout;
		}

		private static String normalizedPrefix(String prefix) {
			if (prefix == null) {
				return "";
			}
			String p = prefix.strip();
			while (p.startsWith("/")) {
				p = p.substring(1);
			}
			while (p.endsWith("/")) {
				p = p.substring(0, p.length() - 1);
			}
			return p.isEmpty() ? "" : p + "/";
		}

	}

	/**
	 * @param dir the folder of the copies (default {@code <data-dir>/cache/berkas})
	 * @param maxSize the most bytes the copies take together; the least recently used go first
	 * @param minIdle a copy used this recently is never removed (a query may be about to open it):
	 *        the cache may exceed {@code maxSize} for that long
	 */
	public record Cache(Path dir, DataSize maxSize, Duration minIdle) {

		public Cache {
			maxSize = maxSize == null ? DataSize.ofGigabytes(2) : maxSize;
			minIdle = minIdle == null ? Duration.ofMinutes(1) : minIdle;
		}

	}

}
