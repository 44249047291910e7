package id.satudata.shared.storage;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.ResponseInputStream;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.http.apache5.Apache5HttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3ClientBuilder;
import software.amazon.awssdk.services.s3.model.CompletedPart;
import software.amazon.awssdk.services.s3.model.GetObjectResponse;
import software.amazon.awssdk.services.s3.model.HeadObjectResponse;
import software.amazon.awssdk.services.s3.model.S3Exception;
import software.amazon.awssdk.services.s3.model.ServerSideEncryption;

/**
 * Files as objects {@code <prefix><area>/<uuid>} in an S3-compatible bucket ({@code
 * satudata.penyimpanan.jenis=s3}): the one copy every node reads. An object appears under its key
 * only whole (a single PUT, or a multipart upload completed after all its parts arrived; a failed
 * multipart upload is aborted), carries the SHA-256 of its content as metadata, and never changes.
 * Engines that need a path read the node's verified copy from a bounded {@link FileCache}.
 */
class S3FileStore implements FileStore, AutoCloseable {

	private static final Logger log = LoggerFactory.getLogger(S3FileStore.class);
	static final String SHA256 = "sha256";
	private static final Pattern PLAIN_ETAG = Pattern.compile("[0-9a-f]{32}");

	private final S3Client s3;
	private final String bucket;
	private final String prefix;
	private final String description;
	private final long multipartThreshold;
	private final long partSize;
	private final Duration healthTimeout;
	private final FileCache cache;
	private final TempFiles temp;
	private final FileProblems problems;

	S3FileStore(PenyimpananProperties.S3 config, FileCache cache, TempFiles temp, FileProblems problems) {
		if (config.bucket() == null || config.bucket().isBlank()) {
			throw new IllegalStateException(
					"satudata.penyimpanan.jenis=s3 needs a bucket: set satudata.penyimpanan.s3.bucket (SATUDATA_S3_BUCKET)");
		}
		if (config.accessKey() != null && config.secretKey() == null) {
			throw new IllegalStateException(
					"satudata.penyimpanan.s3.access-key is set without satudata.penyimpanan.s3.secret-key (SATUDATA_S3_SECRET_KEY)");
		}
		this.bucket = config.bucket();
		this.prefix = config.prefix();
		this.multipartThreshold = config.multipartThreshold().toBytes();
		this.partSize = config.partSize().toBytes();
		this.healthTimeout = config.readTimeout();
		this.cache = cache;
		this.temp = temp;
		this.problems = problems;
		this.description = "s3://" + bucket + "/" + prefix
				+ (config.endpoint() == null ? " (" + config.region() + ")" : " at " + config.endpoint());
		AwsCredentialsProvider credentials = config.accessKey() == null ? DefaultCredentialsProvider.builder().build()
				: StaticCredentialsProvider.create(AwsBasicCredentials.create(config.accessKey(), config.secretKey()));
		S3ClientBuilder builder = S3Client.builder()
			.region(Region.of(config.region()))
			.credentialsProvider(credentials)
			.forcePathStyle(config.pathStyle())
			// S3-compatible servers do not all know the newer checksum headers: send and check them
			// only where S3 requires them; integrity is checked by size and SHA-256 on every fetch
			.requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
			.responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED)
			.httpClientBuilder(Apache5HttpClient.builder()
				.connectionTimeout(config.connectTimeout())
				.socketTimeout(config.readTimeout())
				.maxConnections(64));
		if (config.endpoint() != null) {
			builder.endpointOverride(config.endpoint());
		}
		this.s3 = builder.build();
		log.info("Stored files in {}; this node's copies in {} (at most {} bytes)", description, cache.dir(),
				cache.maxBytes());
	}

	@Override
	public String store(String area, InputStream content) throws IOException {
		String key = StorageKeys.newKey(area);
		Path spooled = temp.newFile(".part");
		try {
			try (OutputStream out = Files.newOutputStream(spooled)) {
				content.transferTo(out);
			}
			upload(key, spooled);
			return key;
		}
		finally {
			temp.delete(spooled);
		}
	}

	@Override
	public String storeFile(String area, Path file) throws IOException {
		String key = StorageKeys.newKey(area);
		upload(key, file);
		try {
			cache.put(key, file); // usually read soon (a release's checks and preview): keep it here
		}
		catch (IOException e) {
			log.warn("Stored {} but cannot keep its local copy: {}", key, e.getMessage());
			Files.deleteIfExists(file);
		}
		return key;
	}

	@Override
	public InputStream open(String key) throws IOException {
		Path copy = cache.ifPresent(StorageKeys.check(key));
		if (copy != null) {
			try {
				return Files.newInputStream(copy);
			}
			catch (IOException e) {
				// evicted meanwhile: read the object
			}
		}
		try {
			return s3.getObject(b -> b.bucket(bucket).key(objectKey(key)));
		}
		catch (SdkException e) {
			throw unavailable(key, e);
		}
	}

	@Override
	public long size(String key) throws IOException {
		long cached = cache.sizeIfPresent(StorageKeys.check(key));
		if (cached >= 0) {
			return cached;
		}
		try {
			return s3.headObject(b -> b.bucket(bucket).key(objectKey(key))).contentLength();
		}
		catch (SdkException e) {
			throw unavailable(key, e);
		}
	}

	@Override
	public void delete(String key) throws IOException {
		StorageKeys.check(key);
		cache.remove(key);
		try {
			s3.deleteObject(b -> b.bucket(bucket).key(objectKey(key)));
		}
		catch (SdkException e) {
			throw new IOException("Cannot delete " + key + " from " + description + ": " + e.getMessage(), e);
		}
	}

	@Override
	public Path localPath(String key) throws IOException {
		return cache.get(StorageKeys.check(key), target -> download(key, target));
	}

	@Override
	public void checkReachable() throws IOException {
		try {
			s3.headBucket(b -> b.bucket(bucket).overrideConfiguration(o -> o.apiCallTimeout(healthTimeout)));
		}
		catch (SdkException e) {
			throw new IOException("Bucket " + description + " cannot be reached: " + e.getMessage(), e);
		}
	}

	@Override
	public String description() {
		return description;
	}

	FileCache cache() {
		return cache;
	}

	@Override
	public void close() {
		s3.close();
	}

	private String objectKey(String key) {
		return prefix + StorageKeys.check(key);
	}

	/** Sends the file as the object {@code key}: one PUT, or a multipart upload from the threshold on. */
	private void upload(String key, Path file) throws IOException {
		long size = Files.size(file);
		Map<String, String> metadata = Map.of(SHA256, sha256(file));
		String object = objectKey(key);
		try {
			if (size < multipartThreshold) {
				s3.putObject(b -> b.bucket(bucket).key(object).contentLength(size).metadata(metadata)
					.contentType("application/octet-stream"), RequestBody.fromFile(file));
			}
			else {
				multipart(object, file, size, metadata);
			}
		}
		catch (SdkClientException e) {
			throw new FileStoreUnreachableException("Cannot store " + key + " in " + description + ": " + e.getMessage(), e);
		}
		catch (SdkException e) {
			throw new IOException("Cannot store " + key + " in " + description + ": " + e.getMessage(), e);
		}
	}

	private void multipart(String object, Path file, long size, Map<String, String> metadata) {
		String uploadId = s3.createMultipartUpload(b -> b.bucket(bucket).key(object).metadata(metadata)
			.contentType("application/octet-stream")).uploadId();
		try {
			List<CompletedPart> parts = new ArrayList<>();
			int number = 1;
			for (long offset = 0; offset < size; offset += partSize, number++) {
				long from = offset;
				long length = Math.min(partSize, size - offset);
				int n = number;
				String etag = s3.uploadPart(b -> b.bucket(bucket).key(object).uploadId(uploadId).partNumber(n)
					.contentLength(length), RequestBody.fromContentProvider(() -> new FileSlice(file, from, length),
							length, "application/octet-stream"))
					.eTag();
				parts.add(CompletedPart.builder().partNumber(n).eTag(etag).build());
			}
			s3.completeMultipartUpload(b -> b.bucket(bucket).key(object).uploadId(uploadId)
				.multipartUpload(u -> u.parts(parts)));
		}
		catch (RuntimeException e) {
			try {
				s3.abortMultipartUpload(b -> b.bucket(bucket).key(object).uploadId(uploadId));
			}
			catch (SdkException abort) {
				e.addSuppressed(abort); // the bucket's lifecycle rule removes it (docs/operasi.md)
			}
			throw e;
		}
	}

	/** Fetches the object into {@code target}, checking its size and SHA-256 (or plain MD5 ETag). */
	private void download(String key, Path target) throws IOException {
		try (ResponseInputStream<GetObjectResponse> in = s3.getObject(b -> b.bucket(bucket).key(objectKey(key)))) {
			GetObjectResponse head = in.response();
			String sha = head.metadata() == null ? null : head.metadata().get(SHA256);
			String etag = head.eTag() == null ? "" : head.eTag().replace("\"", "").toLowerCase(Locale.ROOT);
			boolean md5 = sha == null && PLAIN_ETAG.matcher(etag).matches()
					&& head.serverSideEncryption() != ServerSideEncryption.AWS_KMS
					&& head.serverSideEncryption() != ServerSideEncryption.AWS_KMS_DSSE;
			MessageDigest digest = digest(sha != null ? "SHA-256" : "MD5");
			long received;
			try (DigestInputStream din = new DigestInputStream(in, digest);
					OutputStream out = Files.newOutputStream(target, StandardOpenOption.TRUNCATE_EXISTING)) {
				received = din.transferTo(out);
			}
			if (head.contentLength() != null && received != head.contentLength()) {
				throw new IOException("received " + received + " of " + head.contentLength() + " bytes");
			}
			String actual = HexFormat.of().formatHex(digest.digest());
			if (sha != null && !sha.equalsIgnoreCase(actual)) {
				throw new IOException("content differs from its SHA-256 " + sha);
			}
			if (md5 && !etag.equals(actual)) {
				throw new IOException("content differs from its ETag " + etag);
			}
		}
		catch (SdkException e) {
			throw unavailable(key, e);
		}
		catch (IOException e) {
			throw problems.unavailable(key, e);
		}
	}

	/**
	 * The exception for a file that cannot be read: an object the server says is missing or refuses is
	 * a problem with that file (health {@code berkas}); a server that does not answer is the store out
	 * of reach (health {@code penyimpanan}, readiness), not a file to restore.
	 */
	private FileUnavailableException unavailable(String key, SdkException e) {
		if (e instanceof SdkClientException) {
			log.warn("Stored file {} cannot be read, {} out of reach: {}", key, description, e.getMessage());
			return new FileUnavailableException(key, e);
		}
		return problems.unavailable(key, e);
	}

	/** The object's metadata (tests, operator checks). */
	HeadObjectResponse head(String key) throws S3Exception {
		return s3.headObject(b -> b.bucket(bucket).key(objectKey(key)));
	}

	private static String sha256(Path file) throws IOException {
		MessageDigest digest = digest("SHA-256");
		try (InputStream in = new DigestInputStream(Files.newInputStream(file), digest)) {
			in.transferTo(OutputStream.nullOutputStream());
		}
		return HexFormat.of().formatHex(digest.digest());
	}

	private static MessageDigest digest(String algorithm) {
		try {
			return MessageDigest.getInstance(algorithm);
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}

	/** {@code length} bytes of a file from {@code offset}: one part of a multipart upload (re-readable). */
	private static final class FileSlice extends InputStream {

		private final FileChannel channel;
		private long position;
		private final long end;

		FileSlice(Path file, long offset, long length) {
			try {
				this.channel = FileChannel.open(file, StandardOpenOption.READ);
			}
			catch (IOException e) {
				throw new java.io.UncheckedIOException(e);
			}
			this.position = offset;
			this.end = offset + length;
		}

		@Override
		public int read() throws IOException {
			byte[] one = new byte[1];
			int n = read(one, 0, 1);
			return n < 0 ? -1 : one[0] & 0xff;
		}

		@Override
		public int read(byte[] b, int off, int len) throws IOException {
			if (position >= end) {
				return -1;
			}
			int n = channel.read(ByteBuffer.wrap(b, off, (int) Math.min(len, end - position)), position);
			if (n > 0) {
				position += n;
			}
			return n;
		}

		@Override
		public void close() throws IOException {
			channel.close();
		}

	}

}
