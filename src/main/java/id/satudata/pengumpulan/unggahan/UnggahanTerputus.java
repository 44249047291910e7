package id.satudata.pengumpulan.unggahan;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import tools.jackson.databind.json.JsonMapper;

/**
 * Checks cut off by a stopped node. Every check records the node running it
 * ({@code satudata.node-id}, by default the host name); when a node starts, the checks it left
 * unfinished are marked failed at once, with the message telling the producer to upload again
 * ({@code pengumpulan.galat.terputus}), instead of showing "MEMERIKSA 40%" until they time out.
 * Other nodes' checks are left alone.
 */
@Component
class UnggahanTerputus {

	private static final Logger log = LoggerFactory.getLogger(UnggahanTerputus.class);

	private final UnggahanRepository unggahan;
	private final TransactionTemplate tx;
	private final JsonMapper json;
	private final Clock clock;
	private final String node;

	UnggahanTerputus(UnggahanRepository unggahan, TransactionTemplate tx, JsonMapper json, Clock clock,
			@Value("${satudata.node-id:}") String node) {
		this.unggahan = unggahan;
		this.tx = tx;
		this.json = json;
		this.clock = clock;
		this.node = node == null || node.isBlank() ? hostName() : node.strip();
	}

	String node() {
		return node;
	}

	@EventListener(ApplicationReadyEvent.class)
	void tandaiTerputus() {
		int n = tandaiTerputusSekarang();
		if (n > 0) {
			log.info("Marked {} upload checks interrupted by the last stop of node {} as failed", n, node);
		}
	}

	/** Marks this node's unfinished checks failed; returns how many. */
	int tandaiTerputusSekarang() {
		String pesan = json.writeValueAsString(Map.of("key", "pengumpulan.galat.terputus", "args", List.of()));
		Integer n = tx.execute(s -> {
			List<Unggahan> open = unggahan.findByNodeAndStatusIn(node,
					EnumSet.of(Unggahan.Status.DITERIMA, Unggahan.Status.MEMERIKSA, Unggahan.Status.MENYIMPAN));
			open.forEach(u -> {
				u.gagal(pesan, clock.instant());
				unggahan.save(u);
			});
			return open.size();
		});
		return n == null ? 0 : n;
	}

	private static String hostName() {
		try {
			return InetAddress.getLocalHost().getHostName();
		}
		catch (UnknownHostException e) {
			return "satudata";
		}
	}

}
