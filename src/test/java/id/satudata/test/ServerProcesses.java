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
