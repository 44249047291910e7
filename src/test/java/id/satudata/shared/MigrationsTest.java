package id.satudata.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Migrations form one global, ordered sequence (docs/migrasi.md): the history up to V6_1 keeps its
 * per-module numbers (databases already carry it); every later migration takes the next whole
 * number, V7, V8, … with no gap and no repeat, so a migration can never be numbered below one
 * already applied somewhere (Flyway would refuse to start: "resolved migration not applied").
 */
class MigrationsTest {

	private static final Pattern NAMA = Pattern.compile("V(\\d+)(?:_(\\d+))?__[a-z0-9_]+\\.(sql|class)");

	/** The last version numbered per module; nothing may be added at or below it. */
	private static final int[] RIWAYAT_TERAKHIR = { 6, 1 };

	private final PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver();

	@Test
	void versionsAreOneGlobalSequence() throws IOException {
		// SQL migrations and Java migrations (classes in the package db.migration, for what portable SQL
		// cannot do, e.g. random UUIDs on H2 and PostgreSQL alike) form the one sequence
		List<Resource> files = new ArrayList<>(List.of(resolver.getResources("classpath:db/migration/*.sql")));
		for (Resource r : resolver.getResources("classpath:db/migration/*.class")) {
			if (!r.getFilename().contains("$")) {
				files.add(r);
			}
		}
		List<Integer> baru = new ArrayList<>();
		int riwayat = 0;
		for (Resource f : files) {
			String name = f.getFilename();
			Matcher m = NAMA.matcher(name);
			assertThat(m.matches()).as("%s: nama migrasi V<nomor>__<uraian_huruf_kecil>.sql (or .java)", name).isTrue();
			int major = Integer.parseInt(m.group(1));
			if (m.group(2) != null) {
				int minor = Integer.parseInt(m.group(2));
				assertThat(major < RIWAYAT_TERAKHIR[0]
						|| (major == RIWAYAT_TERAKHIR[0] && minor <= RIWAYAT_TERAKHIR[1]))
					.as("%s: a new migration takes the next whole number (V7, V8, …), not a module number", name)
					.isTrue();
				riwayat++;
			}
			else {
				baru.add(major);
			}
		}
		assertThat(riwayat).as("the baseline history V1_0 … V6_1").isEqualTo(14);
		baru.sort(null);
		for (int i = 0; i < baru.size(); i++) {
			assertThat(baru.get(i)).as("migrations after V6_1 are numbered V7, V8, … without gaps or repeats")
				.isEqualTo(RIWAYAT_TERAKHIR[0] + 1 + i);
		}
	}

}
