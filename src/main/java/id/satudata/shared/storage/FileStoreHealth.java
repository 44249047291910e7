package id.satudata.shared.storage;

import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.stereotype.Component;

/**
 * Health {@code penyimpanan}: the file store (folder or bucket) can be reached and written. Part of
 * readiness: a node that cannot read the files cannot serve downloads or data.
 */
@Component("penyimpanan")
class FileStoreHealth extends AbstractHealthIndicator {

	private final FileStore store;

	FileStoreHealth(FileStore store) {
		super("File storage unreachable");
		this.store = store;
	}

	@Override
	protected void doHealthCheck(Health.Builder builder) throws Exception {
		builder.withDetail("lokasi", store.description());
		store.checkReachable();
		builder.up();
	}

}
