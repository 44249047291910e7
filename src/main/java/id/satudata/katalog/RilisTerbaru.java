package id.satudata.katalog;

/** A recently published release with its dataset. */
public record RilisTerbaru(DatasetRingkas dataset, RilisView rilis) {
}
