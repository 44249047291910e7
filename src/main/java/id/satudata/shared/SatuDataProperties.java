package id.satudata.shared;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * Platform-wide settings ({@code satudata.*}, environment {@code SATUDATA_*}).
 *
 * @param dataDir where the embedded database, search index, uploaded files and logs live
 * @param baseUrl the public address of this installation (links in mail, sitemap, APIs)
 * @param siteTitle the portal title shown to the public and in the CKAN status
 * @param demo whether the demo organization tree and demo accounts are seeded on first start
 * @param uploadMaxSize the largest upload accepted; larger requests are refused before they are read
 */
@ConfigurationProperties("satudata")
public record SatuDataProperties(Path dataDir, String baseUrl, String siteTitle, Demo demo, DataSize uploadMaxSize) {

	public SatuDataProperties {
		dataDir = dataDir == null ? Path.of("data") : dataDir;
		baseUrl = baseUrl == null ? "http://localhost:8080" : stripTrailingSlash(baseUrl);
		siteTitle = siteTitle == null ? "Satu Data" : siteTitle;
		demo = demo == null ? new Demo(false) : demo;
		uploadMaxSize = uploadMaxSize == null ? DataSize.ofMegabytes(50) : uploadMaxSize;
	}

	private static String stripTrailingSlash(String url) {
		return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
	}

	/** @param enabled seed demo organizations, users and content (never in production) */
	public record Demo(boolean enabled) {
	}

}
