package id.satudata.datastore;

import java.util.List;

/**
 * A schema proposed from a file, for the user to confirm.
 *
 * @param columns one per header, in file order
 * @param file how the file was understood
 * @param rows data rows in the file
 */
public record InferredSchema(List<ColumnSpec> columns, FileInfo file, long rows) {
}
