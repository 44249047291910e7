package id.satudata.standar.geospasial;

import java.io.OutputStream;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Geospatial metadata (SNI 8843-1 / ISO 19115) as an ISO/TS 19139:2007 document
 * ({@code gmd:MD_Metadata}), the exchange format catalogues such as GeoNetwork and the national
 * geoportal harvest. Written with StAX from the form's document; the element order follows the
 * 19139 schema (checked against the OGC-hosted XSDs in a test).
 */
public final class Iso19139 {

	static final String GMD = "http://www.isotc211.org/2005/gmd";
	static final String GCO = "http://www.isotc211.org/2005/gco";
	static final String GML = "http://www.opengis.net/gml/3.2";
	static final String XLINK = "http://www.w3.org/1999/xlink";
	static final String XSI = "http://www.w3.org/2001/XMLSchema-instance";
	static final String CODELIST = "http://standards.iso.org/iso/19139/resources/gmxCodelists.xml#";
	/** The value "other" of a choice list (its text is in the field {@code <kode>Lainnya}). */
	private static final String LAINNYA = "LAINNYA";

	private final XMLStreamWriter w;

	private Iso19139(XMLStreamWriter w) {
		this.w = w;
	}

	/**
	 * @param isi the form's document (the geospatial form of {@code metadata.DefinisiFormulir})
	 * @param publik leave out what the public does not see (the contact person's name)
	 */
	public static void write(long id, Map<String, Object> isi, Instant diubahPada, boolean publik, OutputStream out) {
		try {
			XMLStreamWriter w = XMLOutputFactory.newInstance().createXMLStreamWriter(out, "UTF-8");
			new Iso19139(w).dokumen(id, isi, diubahPada, publik);
			w.flush();
			w.close();
		}
		catch (XMLStreamException e) {
			throw new IllegalStateException("ISO 19139 export failed", e);
		}
	}

	private void dokumen(long id, Map<String, Object> isi, Instant diubahPada, boolean publik) throws XMLStreamException {
		w.writeStartDocument("UTF-8", "1.0");
		w.setPrefix("gmd", GMD);
		w.setPrefix("gco", GCO);
		w.setPrefix("gml", GML);
		w.setPrefix("xlink", XLINK);
		w.writeStartElement(GMD, "MD_Metadata");
		w.writeNamespace("gmd", GMD);
		w.writeNamespace("gco", GCO);
		w.writeNamespace("gml", GML);
		w.writeNamespace("xlink", XLINK);
		w.writeNamespace("xsi", XSI);
		w.writeAttribute(XSI, "schemaLocation", GMD + " http://schemas.opengis.net/iso/19139/20070417/gmd/gmd.xsd");
		teks("fileIdentifier", "satudata-metadata-" + id);
		teks("language", s(isi, "bahasa", "ind"));
		kode("characterSet", "MD_CharacterSetCode", "utf8");
		kode("hierarchyLevel", "MD_ScopeCode", "dataset");
		w.writeStartElement(GMD, "contact");
		pihak(isi, publik);
		w.writeEndElement();
		w.writeStartElement(GMD, "dateStamp");
		w.writeStartElement(GCO, "DateTime");
		w.writeCharacters(diubahPada.truncatedTo(ChronoUnit.SECONDS).toString().replace("Z", ""));
		w.writeEndElement();
		w.writeEndElement();
		teks("metadataStandardName", "SNI 8843-1:2019 Metadata geospasial (ISO 19115:2003)");
		teks("metadataStandardVersion", "2019");
		referensi(s(isi, "sistemReferensi", "EPSG_4326"));
		identifikasi(isi, publik);
		distribusi(isi);
		kualitas(isi);
		w.writeEndElement();
		w.writeEndDocument();
	}

	private void identifikasi(Map<String, Object> isi, boolean publik) throws XMLStreamException {
		w.writeStartElement(GMD, "identificationInfo");
		w.writeStartElement(GMD, "MD_DataIdentification");
		w.writeStartElement(GMD, "citation");
		w.writeStartElement(GMD, "CI_Citation");
		teks("title", s(isi, "judul", ""));
		tanggal(s(isi, "tanggalPembuatan", null), "creation");
		tanggal(s(isi, "tanggalPublikasi", null), "publication");
		tanggal(s(isi, "tanggalRevisi", null), "revision");
		if (s(isi, "tanggalPembuatan", null) == null && s(isi, "tanggalPublikasi", null) == null
				&& s(isi, "tanggalRevisi", null) == null) {
			// a citation needs a date: a draft without one says it is missing
			w.writeStartElement(GMD, "date");
			w.writeAttribute(GCO, "nilReason", "missing");
			w.writeEndElement();
		}
		w.writeEndElement();
		w.writeEndElement();
		teks("abstract", s(isi, "abstrak", ""));
		teks("purpose", s(isi, "tujuan", ""));
		w.writeStartElement(GMD, "pointOfContact");
		pihak(isi, publik);
		w.writeEndElement();
		String kataKunci = s(isi, "kataKunci", null);
		if (kataKunci != null) {
			w.writeStartElement(GMD, "descriptiveKeywords");
			w.writeStartElement(GMD, "MD_Keywords");
			for (String k : kataKunci.split("[,;]")) {
				if (!k.isBlank()) {
					teks("keyword", k.strip());
				}
			}
			w.writeEndElement();
			w.writeEndElement();
		}
		w.writeStartElement(GMD, "resourceConstraints");
		w.writeStartElement(GMD, "MD_LegalConstraints");
		w.writeStartElement(GMD, "accessConstraints");
		kodeElemen("MD_RestrictionCode", s(isi, "batasanAkses", "otherRestrictions"));
		w.writeEndElement();
		String ket = s(isi, "keteranganAkses", null);
		if (ket != null) {
			teks("otherConstraints", ket);
		}
		w.writeEndElement();
		w.writeEndElement();
		String nilai = s(isi, "nilaiResolusi", null);
		if (nilai != null) {
			w.writeStartElement(GMD, "spatialResolution");
			w.writeStartElement(GMD, "MD_Resolution");
			if ("JARAK".equals(isi.get("jenisResolusi"))) {
				w.writeStartElement(GMD, "distance");
				w.writeStartElement(GCO, "Distance");
				w.writeAttribute("uom", "m");
				w.writeCharacters(nilai);
				w.writeEndElement();
				w.writeEndElement();
			}
			else {
				w.writeStartElement(GMD, "equivalentScale");
				w.writeStartElement(GMD, "MD_RepresentativeFraction");
				w.writeStartElement(GMD, "denominator");
				w.writeStartElement(GCO, "Integer");
				w.writeCharacters(nilai);
				w.writeEndElement();
				w.writeEndElement();
				w.writeEndElement();
				w.writeEndElement();
			}
			w.writeEndElement();
			w.writeEndElement();
		}
		teks("language", s(isi, "bahasa", "ind"));
		if (isi.get("kategoriTopik") instanceof List<?> topik) {
			for (Object t : topik) {
				w.writeStartElement(GMD, "topicCategory");
				w.writeStartElement(GMD, "MD_TopicCategoryCode");
				w.writeCharacters(String.valueOf(t));
				w.writeEndElement();
				w.writeEndElement();
			}
		}
		if (isi.get("kotakBatas") instanceof Map<?, ?> box) {
			w.writeStartElement(GMD, "extent");
			w.writeStartElement(GMD, "EX_Extent");
			w.writeStartElement(GMD, "geographicElement");
			w.writeStartElement(GMD, "EX_GeographicBoundingBox");
			desimal("westBoundLongitude", box.get(KotakBatas.BARAT));
			desimal("eastBoundLongitude", box.get(KotakBatas.TIMUR));
			desimal("southBoundLatitude", box.get(KotakBatas.SELATAN));
			desimal("northBoundLatitude", box.get(KotakBatas.UTARA));
			w.writeEndElement();
			w.writeEndElement();
			w.writeEndElement();
			w.writeEndElement();
		}
		w.writeEndElement();
		w.writeEndElement();
	}

	private void distribusi(Map<String, Object> isi) throws XMLStreamException {
		if (!(isi.get("formatDistribusi") instanceof List<?> formats) || formats.isEmpty()) {
			return;
		}
		w.writeStartElement(GMD, "distributionInfo");
		w.writeStartElement(GMD, "MD_Distribution");
		for (Object f : formats) {
			String name = LAINNYA.equals(f) ? s(isi, "formatDistribusiLainnya", "Lainnya") : namaFormat(String.valueOf(f));
			w.writeStartElement(GMD, "distributionFormat");
			w.writeStartElement(GMD, "MD_Format");
			teks("name", name);
			w.writeStartElement(GMD, "version");
			w.writeAttribute(GCO, "nilReason", "unknown");
			w.writeEndElement();
			w.writeEndElement();
			w.writeEndElement();
		}
		w.writeEndElement();
		w.writeEndElement();
	}

	private void kualitas(Map<String, Object> isi) throws XMLStreamException {
		w.writeStartElement(GMD, "dataQualityInfo");
		w.writeStartElement(GMD, "DQ_DataQuality");
		w.writeStartElement(GMD, "scope");
		w.writeStartElement(GMD, "DQ_Scope");
		kode("level", "MD_ScopeCode", "dataset");
		w.writeEndElement();
		w.writeEndElement();
		w.writeStartElement(GMD, "lineage");
		w.writeStartElement(GMD, "LI_Lineage");
		teks("statement", s(isi, "silsilah", ""));
		w.writeEndElement();
		w.writeEndElement();
		w.writeEndElement();
		w.writeEndElement();
	}

	private void pihak(Map<String, Object> isi, boolean publik) throws XMLStreamException {
		w.writeStartElement(GMD, "CI_ResponsibleParty");
		String nama = s(isi, "namaKontak", null);
		if (nama != null && !publik) {
			teks("individualName", nama);
		}
		teks("organisationName", s(isi, "organisasiPihak", ""));
		String email = s(isi, "emailPihak", null);
		if (email != null) {
			w.writeStartElement(GMD, "contactInfo");
			w.writeStartElement(GMD, "CI_Contact");
			w.writeStartElement(GMD, "address");
			w.writeStartElement(GMD, "CI_Address");
			teks("electronicMailAddress", email);
			w.writeEndElement();
			w.writeEndElement();
			w.writeEndElement();
			w.writeEndElement();
		}
		w.writeStartElement(GMD, "role");
		kodeElemen("CI_RoleCode", s(isi, "peranPihak", "pointOfContact"));
		w.writeEndElement();
		w.writeEndElement();
	}

	private void referensi(String kode) throws XMLStreamException {
		w.writeStartElement(GMD, "referenceSystemInfo");
		w.writeStartElement(GMD, "MD_ReferenceSystem");
		w.writeStartElement(GMD, "referenceSystemIdentifier");
		w.writeStartElement(GMD, "RS_Identifier");
		teks("code", kode.replace("EPSG_", ""));
		teks("codeSpace", "EPSG");
		w.writeEndElement();
		w.writeEndElement();
		w.writeEndElement();
		w.writeEndElement();
	}

	private void tanggal(String iso, String jenis) throws XMLStreamException {
		if (iso == null) {
			return;
		}
		w.writeStartElement(GMD, "date");
		w.writeStartElement(GMD, "CI_Date");
		w.writeStartElement(GMD, "date");
		w.writeStartElement(GCO, "Date");
		w.writeCharacters(iso);
		w.writeEndElement();
		w.writeEndElement();
		w.writeStartElement(GMD, "dateType");
		kodeElemen("CI_DateTypeCode", jenis);
		w.writeEndElement();
		w.writeEndElement();
		w.writeEndElement();
	}

	private void teks(String element, String value) throws XMLStreamException {
		w.writeStartElement(GMD, element);
		w.writeStartElement(GCO, "CharacterString");
		w.writeCharacters(value);
		w.writeEndElement();
		w.writeEndElement();
	}

	private void desimal(String element, Object value) throws XMLStreamException {
		w.writeStartElement(GMD, element);
		w.writeStartElement(GCO, "Decimal");
		w.writeCharacters(String.valueOf(value));
		w.writeEndElement();
		w.writeEndElement();
	}

	private void kode(String element, String codeList, String value) throws XMLStreamException {
		w.writeStartElement(GMD, element);
		kodeElemen(codeList, value);
		w.writeEndElement();
	}

	private void kodeElemen(String codeList, String value) throws XMLStreamException {
		w.writeStartElement(GMD, codeList);
		w.writeAttribute("codeList", CODELIST + codeList);
		w.writeAttribute("codeListValue", value);
		w.writeCharacters(value);
		w.writeEndElement();
	}

	private static String s(Map<String, Object> isi, String kode, String bawaan) {
		Object v = isi.get(kode);
		return v instanceof String str && !str.isBlank() ? str : bawaan;
	}

	static String namaFormat(String kode) {
		return switch (kode) {
			case "GEOJSON" -> "GeoJSON";
			case "GEOPACKAGE" -> "GeoPackage";
			case "SHAPEFILE" -> "ESRI Shapefile";
			case "KML" -> "KML";
			case "GEOTIFF" -> "GeoTIFF";
			case "CSV" -> "CSV";
			default -> kode;
		};
	}

}
