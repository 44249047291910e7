/**
 * Geospatial metadata (SNI 8843-1 / ISO 19115): the bounding box as a form keeps it and checks it,
 * and the ISO 19139 XML document catalogues harvest. The form itself is one of
 * {@code metadata.DefinisiFormulir}'s.
 */
package id.satudata.standar.geospasial;
