package id.satudata;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * Every UI string exists in Bahasa Indonesia and English: the two bundles of each module have the
 * same keys, and every literal key a template or a class uses is defined.
 */
class MessageBundlesTest {

	static final Path I18N = Path.of("src/main/resources/i18n");
	static final Pattern TEMPLATE_KEY = Pattern.compile("#\\{([a-zA-Z][a-zA-Z0-9_.]*)[}(]");
	/** A string literal shaped like a message key ("prefix.more.parts"); checked when a bundle uses its prefix. */
	static final Pattern JAVA_KEY = Pattern.compile("\"([a-z][a-zA-Z0-9]*\\.[a-zA-Z0-9_.]+)\"");

	@Test
	void everyBundleHasTheSameKeysInBothLanguages() throws IOException {
		try (Stream<Path> files = Files.list(I18N)) {
			for (Path id : files.filter(p -> !p.getFileName().toString().contains("_")).toList()) {
				Path en = I18N.resolve(id.getFileName().toString().replace(".properties", "_en.properties"));
				Set<String> idKeys = load(id).stringPropertyNames();
				Set<String> enKeys = load(en).stringPropertyNames();
				assertThat(new TreeSet<>(enKeys)).as("English keys of %s", id.getFileName()).isEqualTo(new TreeSet<>(idKeys));
			}
		}
	}

	@Test
	void noValueIsEmpty() throws IOException {
		for (Properties p : allBundles()) {
			p.forEach((k, v) -> assertThat(v.toString()).as("value of %s", k).isNotBlank());
		}
	}

	@Test
	void everyLiteralKeyUsedInTemplatesAndCodeIsDefined() throws IOException {
		Set<String> defined = new HashSet<>();
		for (Properties p : allBundles()) {
			defined.addAll(p.stringPropertyNames());
		}
		Set<String> prefixes = new HashSet<>();
		defined.forEach(k -> prefixes.add(k.substring(0, k.indexOf('.') < 0 ? k.length() : k.indexOf('.'))));
		Set<String> missing = new TreeSet<>();
		scan(Path.of("src/main/resources/templates"), ".html", TEMPLATE_KEY, defined, Set.of(), missing);
		scan(Path.of("src/main/java"), ".java", JAVA_KEY, defined, prefixes, missing);
		assertThat(missing).as("keys used but not defined").isEmpty();
	}

	/** {@code prefixes}: check only keys under one of these (empty: every match is a key). */
	private static void scan(Path root, String suffix, Pattern pattern, Set<String> defined, Set<String> prefixes,
			Set<String> missing) throws IOException {
		try (Stream<Path> files = Files.walk(root)) {
			for (Path f : files.filter(p -> p.toString().endsWith(suffix)).toList()) {
				for (String line : Files.readAllLines(f)) {
					if (isNotUiText(line)) {
						continue;
					}
					Matcher m = pattern.matcher(line);
					while (m.find()) {
						String key = m.group(1);
						if (!prefixes.isEmpty() && !prefixes.contains(key.substring(0, key.indexOf('.')))) {
							continue;
						}
						// a prefix completed at run time (e.g. "datastore.galat.tipe." + type) needs some key under it
						boolean ok = key.endsWith(".") ? defined.stream().anyMatch(k -> k.startsWith(key)) : defined.contains(key);
						if (!ok) {
							missing.add(m.group(1) + " (" + root.relativize(f) + ")");
						}
					}
				}
			}
		}
	}

	/** Audit action codes (e.g. "pengguna.dibuat") and property names are identifiers, not UI text. */
	private static boolean isNotUiText(String line) {
		return line.contains("audit.record") || line.contains("@ConfigurationProperties");
	}

	private static Iterable<Properties> allBundles() throws IOException {
		try (Stream<Path> files = Files.list(I18N)) {
			return files.map(MessageBundlesTest::load).toList();
		}
	}

	private static Properties load(Path file) {
		Properties p = new Properties();
		try (InputStream in = Files.newInputStream(file)) {
			p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		catch (IOException e) {
			throw new java.io.UncheckedIOException(e);
		}
		return p;
	}

}
