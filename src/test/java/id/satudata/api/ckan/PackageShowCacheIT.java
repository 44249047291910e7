package id.satudata.api.ckan;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import id.satudata.katalog.VersiDataset;
import id.satudata.test.CkanApi;
import id.satudata.test.Demo;
import id.satudata.test.IntegrationTest;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code package_show}'s kept answers ({@link PackageShowCache}): only the public's answer about a
 * TERBUKA dataset is kept; an edit shows at once; once the dataset is TERBATAS or TERTUTUP nothing
 * kept is served and nothing about it is kept, whoever asks.
 */
@IntegrationTest
class PackageShowCacheIT {

	static final String WALIDATA = CkanApi.token(Demo.WALIDATA);

	@Autowired
	MockMvc mvc;

	@Autowired
	JsonMapper json;

	@Autowired
	PackageShowCache kept;

	@Autowired
	VersiDataset versi;

	@Test
	void onlyThePublicsAnswerAboutTerbukaDataIsKeptAndNeverAfterAChange() throws Exception {
		CkanApi api = new CkanApi(mvc, json);
		String name = "simpan" + UUID.randomUUID().toString().substring(0, 8);
		api.createDataset(WALIDATA, Map.of("name", name, "title", "Simpan " + name, "owner_org", "dinkes-19",
				"license_id", "CC-BY-4.0", "extras", List.of(Map.of("key", "jenis_data", "value", "STATISTIK"),
						Map.of("key", "frekuensi", "value", "TAHUNAN"))));
		api.uploadRelease(WALIDATA, name, CkanApi.CSV_KECAMATAN, "2023", true);

		// a token's user is answered as before, and nothing is kept for it
		api.get("package_show", WALIDATA, "id", name).ok();
		assertThat(keptNow(name)).isFalse();

		// the public's answer is kept and served again, the same bytes
		String first = api.get("package_show", null, "id", name).ok().body();
		assertThat(keptNow(name)).isTrue();
		assertThat(api.get("package_show", null, "id", name).ok().body()).isEqualTo(first);
		String id = api.get("package_show", null, "id", name).ok().result().path("id").asString();
		api.get("package_show", null, "id", id).ok();
		assertThat(keptNow(id)).as("by id as well as by name").isTrue();

		// an edit shows at once
		api.post("package_patch", WALIDATA, Map.of("id", name, "title", "Simpan diubah " + name)).ok();
		assertThat(api.get("package_show", null, "id", name).ok().result().path("title").asString())
			.isEqualTo("Simpan diubah " + name);

		for (String akses : List.of("TERBATAS", "TERTUTUP")) {
			api.post("package_patch", WALIDATA, Map.of("id", name, "akses", akses)).ok();
			api.get("package_show", null, "id", name).notFound();
			api.get("package_show", null, "id", id).notFound();
			assertThat(api.get("package_show", WALIDATA, "id", name).ok().result().path("title").asString())
				.isEqualTo("Simpan diubah " + name);
			assertThat(keptNow(name)).as(akses).isFalse();
			assertThat(keptNow(id)).as(akses).isFalse();

			api.post("package_patch", WALIDATA, Map.of("id", name, "akses", "TERBUKA")).ok();
			api.get("package_show", null, "id", name).ok();
			assertThat(keptNow(name)).isTrue();
		}

		// a deleted dataset is not found at once, by name or id, though its answer was kept a moment ago
		api.post("package_delete", WALIDATA, Map.of("id", name)).ok();
		api.get("package_show", null, "id", name).notFound();
		api.get("package_show", null, "id", id).notFound();
		assertThat(keptNow(name)).isFalse();
	}

	/** Whether an answer kept at the dataset's current row version would be served for {@code id}. */
	private boolean keptNow(String id) {
		return kept.get(id, versi.versi(id).orElseThrow()) != null;
	}

}
