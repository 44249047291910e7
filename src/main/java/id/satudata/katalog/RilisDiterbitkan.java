package id.satudata.katalog;

/** A release was published (or withdrawn, when {@code terbit} is false). */
public record RilisDiterbitkan(long datasetId, String slug, String rilisUuid, String periode, int versi,
		boolean terbit) {
}
