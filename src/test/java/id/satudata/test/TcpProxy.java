package id.satudata.test;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A TCP forwarder between the application and a server (its database), which a test can cut, as a
 * stopped or unreachable server looks to the application (connections reset, new ones refused), and
 * restore on the same port.
 */
public final class TcpProxy implements AutoCloseable {

	private final String targetHost;
	private final int targetPort;
	private final int port;
	private final List<Socket> open = new CopyOnWriteArrayList<>();
	private volatile ServerSocket server;

	public TcpProxy(String targetHost, int targetPort) {
		this.targetHost = targetHost;
		this.targetPort = targetPort;
		// bound again by every restore(): a port outside the ephemeral range, which an outgoing connection
		// could otherwise take while the proxy is cut
		this.port = ServerProcesses.freePort();
		restore();
	}

	public int port() {
		return port;
	}

	/** Stops forwarding: open connections are reset and new ones refused. */
	public synchronized void cut() {
		closeQuietly(server);
		server = null;
		open.forEach(TcpProxy::closeQuietly);
		open.clear();
	}

	/** Listens and forwards again. */
	public synchronized void restore() {
		if (server != null) {
			return;
		}
		try {
			ServerSocket socket = new ServerSocket();
			socket.setReuseAddress(true);
			socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
			server = socket;
			daemon(() -> accept(socket));
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private void accept(ServerSocket socket) {
		while (!socket.isClosed()) {
			try {
				Socket client = socket.accept();
				Socket upstream = new Socket(targetHost, targetPort);
				// forwarded at once, as the two ends' own sockets are: without it, Nagle's algorithm held a
				// small reply back until the previous one was acknowledged (a delayed ACK, up to 40 ms on
				// Linux), and every database round trip through the proxy paid it (a context took minutes to
				// start through it)
				client.setTcpNoDelay(true);
				upstream.setTcpNoDelay(true);
				open.add(client);
				open.add(upstream);
				pipe(client, upstream);
				pipe(upstream, client);
			}
			catch (IOException e) {
				// closed by cut(), or the target refused: the client sees its connection end
			}
		}
	}

	private void pipe(Socket from, Socket to) {
		daemon(() -> {
			byte[] buffer = new byte[16384];
			try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
				int n;
				while ((n = in.read(buffer)) >= 0) {
					out.write(buffer, 0, n);
					out.flush();
				}
			}
			catch (IOException e) {
				// one side closed
			}
			finally {
				closeQuietly(from);
				closeQuietly(to);
			}
		});
	}

	private static void daemon(Runnable task) {
		Thread thread = new Thread(task, "tcp-proxy");
		thread.setDaemon(true);
		thread.start();
	}

	private static void closeQuietly(java.io.Closeable c) {
		if (c != null) {
			try {
				c.close();
			}
			catch (IOException e) {
				// already closed
			}
		}
	}

	@Override
	public void close() {
		cut();
	}

}
