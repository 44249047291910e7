package id.satudata.datastore.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;

import id.satudata.datastore.impor.NameColumns;
import id.satudata.datastore.impor.Reshaper;
import id.satudata.referensi.NamaKode;
import id.satudata.referensi.PencocokanNama;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import id.satudata.datastore.beda.TableDiffer;
import id.satudata.datastore.ekspor.Exporter;
import id.satudata.datastore.impor.FastImport;
import id.satudata.datastore.impor.FilePreparer;
import id.satudata.datastore.impor.ImportPipeline;
import id.satudata.datastore.impor.IssueStore;
import id.satudata.datastore.impor.SchemaInference;
import id.satudata.datastore.kueri.QueryEngine;
import id.satudata.datastore.sql.SqlSandbox;
import id.satudata.datastore.Datastore;
import id.satudata.referensi.KodeReferensiLookup;
import id.satudata.referensi.KodeView;
import id.satudata.shared.SatuDataProperties;
import id.satudata.shared.storage.FileStore;
import id.satudata.shared.storage.TempFiles;
import tools.jackson.databind.json.JsonMapper;

/**
 * The datastore's parts wired by hand around a real DuckDB and a real folder, with the region list
 * from the shipped Kemendagri file (the only other module it talks to).
 */
public final class TestEngine implements AutoCloseable {

	public final Path dir;
	public final DatastoreProperties properties;
	public final DuckDb duck;
	public final FileStore store;
	public final TempFiles temp;
	public final ImportPipeline pipeline;
	public final SchemaInference inference;
	public final QueryEngine engine;
	public final Exporter exporter;
	public final SqlSandbox sandbox;
	public final Datastore datastore;

	public TestEngine(Path dir) {
		this(dir, new DatastoreProperties(null, 2, null, null, null, null, null, null, null, null));
	}

	public TestEngine(Path dir, DatastoreProperties properties) {
		this.dir = dir;
		this.properties = properties;
		SatuDataProperties satudata = new SatuDataProperties(dir, null, null, null, null);
		this.duck = new DuckDb(properties, satudata);
		this.store = new FolderStore(dir.resolve("files"));
		this.temp = new TempFiles(satudata);
		FilePreparer preparer = new FilePreparer(temp, properties);
		this.pipeline = new ImportPipeline(duck, preparer, store, temp, REGIONS, properties,
				new FastImport(duck, temp, REGIONS), new NameColumns(NAMES, temp), new Reshaper(NAMES, temp));
		this.inference = new SchemaInference(duck, preparer, REGIONS);
		this.engine = new QueryEngine(duck, store, temp, properties);
		this.exporter = new Exporter(duck, engine, store, temp);
		this.sandbox = new SqlSandbox(properties, store, JsonMapper.builder().build());
		this.datastore = new DatastoreService(pipeline, inference, engine, exporter, sandbox, store,
				new IssueStore(duck, store, temp, JsonMapper.builder().build()), new TableDiffer(duck, store));
	}

	public Path file(String name, String content) {
		try {
			return Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	@Override
	public void close() throws Exception {
		sandbox.destroy();
		duck.destroy();
	}

	/** The shipped region list (code → code, name, level, parent), read once, as a table is loaded once. */
	private static final Map<String, String[]> REGION_ROWS = regionRows();

	private static Map<String, String[]> regionRows() {
		Map<String, String[]> rows = new HashMap<>();
		try (InputStream in = TestEngine.class.getClassLoader().getResourceAsStream("referensi/wilayah.csv")) {
			String[] lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n");
			for (int i = 1; i < lines.length; i++) {
				String[] f = lines[i].strip().split(",", -1);
				if (f.length == 4) {
					rows.put(f[0], f);
				}
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		// a HashMap in the same order as before: candidates come out in the order they always did
		return java.util.Collections.unmodifiableMap(rows);
	}

	/**
	 * Names to codes over the shipped region list (as the referensi module does over its table: the list is
	 * not read again for each import, the candidates under the coverage are picked from it each time).
	 */
	public static final PencocokanNama NAMES = (daftar, cakupan, tingkat) -> {
		if (!KodeReferensiLookup.WILAYAH.equals(daftar)) {
			return new NamaKode(List.of());
		}
		Map<String, String[]> rows = REGION_ROWS;
		List<NamaKode.Kandidat> out = new ArrayList<>();
		for (String[] f : rows.values()) {
			boolean under = cakupan == null || f[0].equals(cakupan) || f[0].startsWith(cakupan + ".");
			if (under && (tingkat == null || tingkat.equals(f[2]))) {
				String[] parent = rows.get(f[3]);
				out.add(new NamaKode.Kandidat(f[0], f[1], parent == null ? null : parent[1]));
			}
		}
		return new NamaKode(out);
	};

	/** The active region codes of the shipped list. */
	public static final Set<String> REGION_CODES = loadRegions();

	public static final KodeReferensiLookup REGIONS = new KodeReferensiLookup() {
		@Override
		public Set<String> kodeBerlaku(String daftar) {
			return WILAYAH.equals(daftar) ? REGION_CODES : Set.of();
		}

		@Override
		public Optional<KodeView> kode(String daftar, String kode) {
			return Optional.empty();
		}

		@Override
		public List<KodeView> anak(String daftar, String kode) {
			return List.of();
		}

		@Override
		public List<KodeView> leluhur(String daftar, String kode) {
			return List.of();
		}

		@Override
		public List<KodeView> cari(String daftar, String q, String tingkat, int limit) {
			return List.of();
		}

		@Override
		public List<KodeView> turunanPadaTingkat(String daftar, String rootKode, String tingkat) {
			return List.of();
		}

		@Override
		public Set<String> turunan(String daftar, String rootKode) {
			return REGION_CODES.stream().filter(c -> c.equals(rootKode) || c.startsWith(rootKode + ".")).collect(
					java.util.stream.Collectors.toSet());
		}

		@Override
		public boolean adaDaftar(String daftar) {
			return WILAYAH.equals(daftar);
		}
	};

	private static Set<String> loadRegions() {
		Set<String> codes = new HashSet<>();
		try (InputStream in = TestEngine.class.getClassLoader().getResourceAsStream("referensi/wilayah.csv")) {
			String[] lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n");
			for (int i = 1; i < lines.length; i++) {
				codes.add(lines[i].substring(0, lines[i].indexOf(',')));
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return codes;
	}

	/** A file store over a plain folder. */
	static final class FolderStore implements FileStore {

		private final Path root;

		FolderStore(Path root) {
			this.root = root;
		}

		@Override
		public String store(String area, InputStream content) throws IOException {
			Path target = root.resolve(area).resolve(UUID.randomUUID().toString());
			Files.createDirectories(target.getParent());
			Files.copy(content, target);
			return root.relativize(target).toString();
		}

		@Override
		public String storeFile(String area, Path file) throws IOException {
			Path target = root.resolve(area).resolve(UUID.randomUUID().toString());
			Files.createDirectories(target.getParent());
			Files.move(file, target, StandardCopyOption.REPLACE_EXISTING);
			return root.relativize(target).toString();
		}

		@Override
		public InputStream open(String key) throws IOException {
			return Files.newInputStream(root.resolve(key));
		}

		@Override
		public long size(String key) throws IOException {
			return Files.size(root.resolve(key));
		}

		@Override
		public void delete(String key) throws IOException {
			Files.deleteIfExists(root.resolve(key));
		}

		@Override
		public Path localPath(String key) {
			return root.resolve(key);
		}

		@Override
		public void checkReachable() {
		}

		@Override
		public String description() {
			return root.toString();
		}

	}

}
