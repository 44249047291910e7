/**
 * The metadata statistik forms (MS-Keg, MS-Ind, MS-Var) and the geospatial form: their definitions,
 * the documents attached to other modules' objects, filling block by block, completeness, final
 * status ({@code AlurMetadata}), PDF and JSON; the editor {@code /kelola/metadata/**} and the public
 * {@code /api/v1/metadata-statistik/**}. Implements the public {@code MetadataStatistik} and, for
 * katalog datasets, the SPI {@code PemilikMetadata}.
 */
package id.satudata.standar.metadata;
