package id.satudata.test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;


import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * A real S3 server for the object-storage tests: S3Proxy (Maven Central {@code
 * org.gaul:s3proxy:jar-with-dependencies}, copied to {@code target/s3proxy/s3proxy.jar} by the build)
 * with its filesystem backend, started once per test JVM as a child process on a free port and
 * stopped when the JVM exits. Nothing is downloaded at run time and nothing needs to be started
 * beforehand.
 */
public final class S3Server {

	public static final String ACCESS_KEY = "satudata-uji";
	public static final String SECRET_KEY = "rahasia-uji-0123456789";
	public static final String REGION = "us-east-1";
	static final String JAR_PROPERTY = "satudata.test.s3proxy.jar";

	private static S3Server instance;

	private final Process process;
	private final int port;
	private final Path dir;
	private final S3Client client;

	private S3Server() throws IOException, InterruptedException {
		Path jar = Path.of(System.getProperty(JAR_PROPERTY, "target/s3proxy/s3proxy.jar")).toAbsolutePath();
		if (!Files.isRegularFile(jar)) {
			throw new IllegalStateException("S3Proxy is missing at " + jar
					+ ": the build copies it there (./mvnw generate-test-resources, part of every test run)");
		}
		this.dir = Files.createTempDirectory("satudata-s3-");
		Path data = Files.createDirectories(dir.resolve("data"));
		this.port = ServerProcesses.freePort();
		Path properties = dir.resolve("s3proxy.properties");
		Files.writeString(properties, String.join("\n", "s3proxy.endpoint=http://127.0.0.1:" + port,
				"s3proxy.authorization=aws-v2-or-v4", "s3proxy.identity=" + ACCESS_KEY,
				"s3proxy.credential=" + SECRET_KEY, "jclouds.provider=filesystem",
				"jclouds.filesystem.basedir=" + data, ""));
		String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
		this.process = new ProcessBuilder(java, "-Xmx256m", "-cp", jar.toString(), "org.gaul.s3proxy.Main",
				"--properties", properties.toString())
			.redirectErrorStream(true)
			.redirectOutput(dir.resolve("s3proxy.log").toFile())
			.start();
		Runtime.getRuntime().addShutdownHook(new Thread(this::stop));
		awaitListening(Duration.ofSeconds(90));
		this.client = S3Client.builder()
			.endpointOverride(endpoint())
			.region(Region.of(REGION))
			.forcePathStyle(true)
			.credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create(ACCESS_KEY, SECRET_KEY)))
			.requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
			.responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED)
			.build();
	}

	/** The server of this test JVM, started on first use. */
	public static synchronized S3Server get() {
		if (instance == null) {
			try {
				instance = new S3Server();
			}
			catch (IOException e) {
				throw new UncheckedIOException(e);
			}
			catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException(e);
			}
		}
		return instance;
	}

	public URI endpoint() {
		return URI.create("http://127.0.0.1:" + port);
	}

	/** A client for checking and changing objects behind the application's back. */
	public S3Client client() {
		return client;
	}

	/** Creates a new empty bucket and returns its name. */
	public String newBucket() {
		String name = "satudata-uji-" + UUID.randomUUID().toString().substring(0, 13);
		client.createBucket(b -> b.bucket(name));
		return name;
	}

	private void awaitListening(Duration timeout) throws IOException, InterruptedException {
		long deadline = System.nanoTime() + timeout.toNanos();
		while (System.nanoTime() < deadline) {
			if (!process.isAlive()) {
				throw new IllegalStateException("S3Proxy stopped at start (exit " + process.exitValue() + "): "
						+ Files.readString(dir.resolve("s3proxy.log")));
			}
			try (Socket s = new Socket()) {
				s.connect(new InetSocketAddress("127.0.0.1", port), 500);
				return;
			}
			catch (IOException notYet) {
				Thread.sleep(200);
			}
		}
		throw new IllegalStateException("S3Proxy did not listen on port " + port + " within " + timeout + ": "
				+ Files.readString(dir.resolve("s3proxy.log")));
	}

	private void stop() {
		ServerProcesses.stop(process, java.time.Duration.ofSeconds(10), dir);
	}

}
