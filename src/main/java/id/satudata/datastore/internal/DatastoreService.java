package id.satudata.datastore.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

import id.satudata.datastore.Aggregation;
import id.satudata.datastore.ColumnSpec;
import id.satudata.datastore.SymbolSummary;
import id.satudata.datastore.Datastore;
import id.satudata.datastore.ExportFormat;
import id.satudata.datastore.ImportIssue;
import id.satudata.datastore.ImportOptions;
import id.satudata.datastore.ImportResult;
import id.satudata.datastore.InferredSchema;
import id.satudata.datastore.Query;
import id.satudata.datastore.QueryResult;
import id.satudata.datastore.TableDiff;
import id.satudata.datastore.TableRef;
import id.satudata.datastore.TableRule;
import id.satudata.datastore.beda.TableDiffer;
import id.satudata.datastore.ekspor.Exporter;
import id.satudata.datastore.impor.ImportPipeline;
import id.satudata.datastore.impor.IssueStore;
import id.satudata.datastore.impor.SchemaInference;
import id.satudata.datastore.kueri.QueryEngine;
import id.satudata.datastore.sql.SqlSandbox;
import id.satudata.shared.storage.FileStore;

@Service
class DatastoreService implements Datastore {

	private static final Logger log = LoggerFactory.getLogger(DatastoreService.class);

	private final ImportPipeline pipeline;
	private final SchemaInference inference;
	private final QueryEngine engine;
	private final Exporter exporter;
	private final SqlSandbox sandbox;
	private final FileStore fileStore;
	private final IssueStore issueStore;
	private final TableDiffer differ;

	DatastoreService(ImportPipeline pipeline, SchemaInference inference, QueryEngine engine, Exporter exporter,
			SqlSandbox sandbox, FileStore fileStore, IssueStore issueStore, TableDiffer differ) {
		this.issueStore = issueStore;
		this.differ = differ;
		this.pipeline = pipeline;
		this.inference = inference;
		this.engine = engine;
		this.exporter = exporter;
		this.sandbox = sandbox;
		this.fileStore = fileStore;
	}

	@Override
	public InferredSchema infer(Path file, ImportOptions options) {
		try {
			return inference.infer(file, options);
		}
		catch (RuntimeException e) {
			throw refused(file, e);
		}
	}

	@Override
	public id.satudata.datastore.TablePreview preview(Path file, ImportOptions options, int maxRows) {
		try {
			return id.satudata.datastore.impor.TablePreviews.preview(file, options, maxRows);
		}
		catch (RuntimeException e) {
			throw refused(file, e);
		}
	}

	@Override
	public ImportResult importTable(Path file, List<ColumnSpec> schema, List<TableRule> rules, ImportOptions options) {
		if (schema.isEmpty()) {
			throw new IllegalArgumentException("A table needs at least one column");
		}
		try {
			ImportResult result = pipeline.run(file, schema, rules, options);
			if (result.ok() && result.table() != null) {
				// the full-text search's derived file, on a background thread (QueryEngine.prepare)
				engine.prepare(result.table());
			}
			return result;
		}
		catch (RuntimeException e) {
			throw refused(file, e);
		}
	}

	/**
	 * A file a reader failed on in a way not foreseen: the user gets the same clean refusal as for
	 * any unreadable file (409), the operator a warning with the cause (issue 19: no 500 for a
	 * hostile file on any upload path).
	 */
	/**
	 * The file store failed, not the file: a missing object or an unreachable bucket keeps its own
	 * answer (503, health warning), it is no reason to refuse the user's file.
	 */
	private static boolean storageProblem(Throwable e) {
		for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
			if (t instanceof id.satudata.shared.storage.FileUnavailableException
					|| t instanceof id.satudata.shared.storage.FileStoreUnreachableException) {
				return true;
			}
		}
		return false;
	}

	private static RuntimeException refused(Path file, RuntimeException e) {
		if (e instanceof id.satudata.shared.web.UserFacingException
				|| e instanceof org.springframework.dao.DataAccessException || storageProblem(e)) {
			return e;
		}
		log.warn("File {} could not be read as a table", file.getFileName(), e);
		return new id.satudata.shared.tabular.TabularFileException("tabular.galat.tidakTerproses");
	}

	@Override
	public TableRef storeIssues(List<ImportIssue> issues) {
		return issueStore.store(issues);
	}

	@Override
	public TableDiff diff(TableRef before, TableRef after, List<String> keyColumns, int samplesPerKind) {
		return differ.diff(before, after, keyColumns, samplesPerKind);
	}

	@Override
	public QueryResult search(TableRef table, Query query) {
		return engine.search(table, query);
	}

	@Override
	public QueryResult aggregate(TableRef table, Aggregation aggregation) {
		return engine.aggregate(table, aggregation);
	}

	@Override
	public void export(TableRef table, Query filter, ExportFormat format, OutputStream out) throws IOException {
		exporter.export(table, filter, format, out);
	}

	@Override
	public QueryResult sql(String sql, Function<String, Optional<TableRef>> tables) {
		return sandbox.run(sql, tables);
	}

	@Override
	public SymbolSummary symbols(TableRef table) {
		return engine.symbols(table);
	}

	@Override
	public void delete(TableRef table) {
		engine.forget(table);
		try {
			fileStore.delete(table.storageKey());
		}
		catch (IOException e) {
			log.warn("Could not delete table file {}: {}", table.storageKey(), e.getMessage());
		}
	}

}
