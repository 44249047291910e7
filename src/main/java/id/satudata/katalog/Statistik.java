package id.satudata.katalog;

/** Counts for the home page (over what the public sees). */
public record Statistik(long dataset, long rilis, long organisasi, long dataPrioritas) {
}
