package id.satudata.test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

import org.springframework.util.FileSystemUtils;

/** What the tests' real servers started as child processes (S3Proxy, OpenSearch) and in-JVM servers share. */
public final class ServerProcesses {

	private ServerProcesses() {
	}

	/** A port free on this machine at the time of asking. */
	public static int freePort() {
		// below Linux's ephemeral range (32768-60999): a port the system hands out for ServerSocket(0) is
		// also handed to outgoing connections, and one of those took a test server's port between the
		// pick and the server's bind on a loaded machine (SsoIT, PortInUseException)
		java.util.concurrent.ThreadLocalRandom random = java.util.concurrent.ThreadLocalRandom.current();
		for (int i = 0; i < 200; i++) {
			int port = random.nextInt(20_000, 32_000);
			try (ServerSocket s = new ServerSocket(port)) {
				return port;
			}
			catch (IOException taken) {
				// try another
			}
		}
		try (ServerSocket s = new ServerSocket(0)) {
			return s.getLocalPort();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** Stops the process (forcibly after {@code grace}) and deletes its working directory. */
	public static void stop(Process process, Duration grace, Path dir) {
		process.destroy();
		try {
			if (!process.waitFor(grace.toMillis(), TimeUnit.MILLISECONDS)) {
				process.destroyForcibly();
			}
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			process.destroyForcibly();
		}
		FileSystemUtils.deleteRecursively(dir.toFile());
	}

}
