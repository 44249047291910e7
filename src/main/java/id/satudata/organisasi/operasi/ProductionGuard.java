package id.satudata.organisasi.operasi;

import org.springframework.beans.factory.InitializingBean;
import org.springframework.boot.jdbc.autoconfigure.DataSourceProperties;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

import id.satudata.organisasi.pengguna.PenggunaRepository;
import id.satudata.shared.SatuDataProperties;

/**
 * The production profile refuses to start on demo settings: demo seeding on, demo accounts still
 * active, or the embedded H2 database (quick-start only).
 */
@Component
@Profile("prod")
class ProductionGuard implements InitializingBean {

	private final SatuDataProperties properties;
	private final PenggunaRepository pengguna;
	private final DataSourceProperties dataSource;

	ProductionGuard(SatuDataProperties properties, PenggunaRepository pengguna, DataSourceProperties dataSource) {
		this.properties = properties;
		this.pengguna = pengguna;
		this.dataSource = dataSource;
	}

	@Override
	public void afterPropertiesSet() {
		if (properties.demo().enabled()) {
			throw new IllegalStateException(
					"Production profile: demo data is enabled. Set SATUDATA_DEMO_ENABLED=false.");
		}
		String url = dataSource.getUrl();
		if (url == null || url.startsWith("jdbc:h2:")) {
			throw new IllegalStateException(
					"Production profile: the embedded H2 database is for quick start only. Set SATUDATA_DB_URL to PostgreSQL.");
		}
		if (pengguna.existsByDemoTrueAndAktifTrue()) {
			throw new IllegalStateException(
					"Production profile: demo accounts are still active. Deactivate them (or start from an empty database).");
		}
	}

}
