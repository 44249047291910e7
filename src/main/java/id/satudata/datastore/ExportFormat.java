package id.satudata.datastore;

/** Download formats of a table. */
public enum ExportFormat {

	CSV("text/csv; charset=UTF-8", "csv"), XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
			"xlsx"), JSON("application/json", "json"), PARQUET("application/vnd.apache.parquet", "parquet");

	private final String contentType;
	private final String extension;

	ExportFormat(String contentType, String extension) {
		this.contentType = contentType;
		this.extension = extension;
	}

	public String contentType() {
		return contentType;
	}

	public String extension() {
		return extension;
	}

}
