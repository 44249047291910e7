package id.satudata.katalog.dataset;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.BatchSize;
import org.hibernate.annotations.Fetch;
import org.hibernate.annotations.FetchMode;
import org.hibernate.search.engine.backend.types.Aggregable;
import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.engine.backend.types.Sortable;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.IndexingDependency;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.ObjectPath;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.PropertyValue;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.GenericField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;

import id.satudata.datastore.ColumnSpec;
import id.satudata.katalog.Akses;
import id.satudata.katalog.DatasetRingkas;
import id.satudata.katalog.Frekuensi;
import id.satudata.katalog.JenisData;
import id.satudata.katalog.TingkatPenyajian;

/**
 * A dataset: what the data is (SDI metadata), who produces and keeps it, its schema, and a
 * summary of its published releases kept for search and listing. Indexed for full-text search with
 * an Indonesian analyzer.
 */
@Entity
@Table(name = "dataset")
@Indexed(index = "dataset")
public class Dataset {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	/** The stable public id (the CKAN API's {@code id}); the numeric id and the slug are aliases. */
	@KeywordField(sortable = Sortable.YES)
	@Column(nullable = false, length = 36, unique = true, updatable = false)
	private String uuid;

	@KeywordField(sortable = Sortable.YES)
	@Column(nullable = false, length = 120, unique = true)
	private String slug;

	@FullTextField(analyzer = "indonesia")
	@KeywordField(name = "judul_sort", normalizer = "lowercase", sortable = Sortable.YES)
	@Column(nullable = false, length = 300)
	private String judul;

	@FullTextField(analyzer = "indonesia")
	@Column(length = 10000)
	private String deskripsi;

	@GenericField(aggregable = Aggregable.YES)
	@Column(name = "organisasi_id", nullable = false)
	private long organisasiId;

	@GenericField
	@Column(name = "produsen_unit_id", nullable = false)
	private long produsenUnitId;

	/** The producing OPD's CKAN organization name (denormalized for facets). */
	@KeywordField(aggregable = Aggregable.YES, sortable = Sortable.YES)
	@Column(name = "produsen_slug", nullable = false, length = 120)
	private String produsenSlug;

	@FullTextField(name = "produsen_nama", analyzer = "indonesia")
	@Column(name = "produsen_nama", nullable = false, length = 300)
	private String produsenNama;

	@Column(name = "walidata_unit_id")
	private Long walidataUnitId;

	@KeywordField(aggregable = Aggregable.YES)
	@Column(length = 60)
	private String topik;

	@KeywordField(aggregable = Aggregable.YES)
	@Enumerated(EnumType.STRING)
	@Column(name = "jenis_data", nullable = false, length = 20)
	private JenisData jenisData;

	@KeywordField(aggregable = Aggregable.YES)
	@Enumerated(EnumType.STRING)
	@Column(name = "tingkat_penyajian", nullable = false, length = 30)
	private TingkatPenyajian tingkatPenyajian;

	@KeywordField
	@Column(name = "cakupan_wilayah", length = 20)
	private String cakupanWilayah;

	@KeywordField(aggregable = Aggregable.YES)
	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 20)
	private Frekuensi frekuensi;

	@KeywordField
	@Column(length = 100)
	private String satuan;

	@KeywordField(aggregable = Aggregable.YES, sortable = Sortable.YES)
	@Column(nullable = false, length = 40)
	private String lisensi;

	@KeywordField
	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 20)
	private Akses akses;

	@GenericField(aggregable = Aggregable.YES)
	@Column(name = "data_prioritas", nullable = false)
	private boolean dataPrioritas;

	@GenericField(aggregable = Aggregable.YES)
	@Column(name = "data_induk", nullable = false)
	private boolean dataInduk;

	/** Whether the Walidata lists the stub of this TERBATAS dataset for requests to the PPID. */
	@Column(name = "stub_dapat_dimohon", nullable = false)
	private boolean stubDapatDimohon;

	@Column(name = "kontak_nama", length = 200)
	private String kontakNama;

	@Column(name = "kontak_email", length = 200)
	private String kontakEmail;

	@Column(name = "daftar_data_id")
	private Long daftarDataId;

	@KeywordField
	@Column(name = "standar_data", length = 120)
	private String standarData;

	@Column(name = "metadata_statistik_id")
	private Long metadataStatistikId;

	/** Whether a release is published (the national portal's DITAYANGKAN). */
	@GenericField
	@Column(nullable = false)
	private boolean ditayangkan;

	/**
	 * Deleted (CKAN's state "deleted"): hidden from everyone who may not see its drafts, restorable.
	 * While deleted, {@link #ditayangkan} is false, so every rule for the public already hides it.
	 */
	@GenericField
	@Column(nullable = false)
	private boolean dihapus;

	@Column(name = "dihapus_pada")
	private Instant dihapusPada;

	/** The harvest source the dataset comes from (read-only here); null for a local dataset. */
	@Column(name = "panen_sumber_id")
	private Long panenSumberId;

	@Column(name = "panen_sumber_nama", length = 200)
	private String panenSumberNama;

	/** The dataset's id at its source. */
	@Column(name = "panen_id_asal", length = 200)
	private String panenIdAsal;

	/** The dataset's page at its source (the link back). */
	@Column(name = "panen_tautan", length = 1000)
	private String panenTautan;

	@GenericField(sortable = Sortable.YES, projectable = Projectable.YES)
	@Column(name = "terbit_terakhir")
	private Instant terbitTerakhir;

	@GenericField(sortable = Sortable.YES)
	@Column(name = "dibuat_pada", nullable = false)
	private Instant dibuatPada;

	@GenericField(sortable = Sortable.YES)
	@Column(name = "diubah_pada", nullable = false)
	private Instant diubahPada;

	@FullTextField(name = "kata_kunci_teks", analyzer = "indonesia")
	@KeywordField(name = "kata_kunci", aggregable = Aggregable.YES)
	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "dataset_kata_kunci", joinColumns = @JoinColumn(name = "dataset_id"))
	@Column(name = "kata", nullable = false, length = 60)
	@BatchSize(size = 100)
	@Fetch(FetchMode.SELECT)
	private Set<String> kataKunci = new LinkedHashSet<>();

	/** Periods of published releases (the "tahun/periode" facet). */
	@KeywordField(aggregable = Aggregable.YES)
	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "dataset_periode_terbit", joinColumns = @JoinColumn(name = "dataset_id"))
	@Column(name = "periode", nullable = false, length = 40)
	@BatchSize(size = 100)
	@Fetch(FetchMode.SELECT)
	private Set<String> periodeTerbit = new LinkedHashSet<>();

	/**
	 * The formats of the resources of published releases, as CKAN's package_show lists them (CKAN's
	 * {@code res_format}): CSV for the tables, the attachments' formats. What can be downloaded (the
	 * portal's "format" facet) is {@link #getFormatUnduhan()}.
	 */
	@KeywordField(name = "res_format", aggregable = Aggregable.YES)
	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "dataset_format", joinColumns = @JoinColumn(name = "dataset_id"))
	@Column(name = "format", nullable = false, length = 20)
	@BatchSize(size = 100)
	@Fetch(FetchMode.SELECT)
	private Set<String> format = new LinkedHashSet<>();

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "dataset_kolom", joinColumns = @JoinColumn(name = "dataset_id"))
	@OrderColumn(name = "urutan")
	@BatchSize(size = 100)
	@Fetch(FetchMode.SELECT)
	private List<KolomSkema> kolom = new ArrayList<>();

	/** How many CKAN resources the public sees (published releases and their attachments). */
	@GenericField(sortable = Sortable.YES)
	@Column(name = "jumlah_sumber", nullable = false)
	private int jumlahSumber;

	@Version
	private long version;

	/** Every table of a published release downloads as CSV, XLSX, JSON and Parquet. */
	public static final List<String> FORMAT_TABEL = List.of("CSV", "XLSX", "JSON", "PARQUET");

	protected Dataset() {
	}

	Dataset(String slug, long organisasiId, long produsenUnitId, String produsenSlug, String produsenNama,
			Long walidataUnitId, Instant now) {
		this.uuid = java.util.UUID.randomUUID().toString();
		this.slug = slug;
		this.organisasiId = organisasiId;
		this.produsenUnitId = produsenUnitId;
		this.produsenSlug = produsenSlug;
		this.produsenNama = produsenNama;
		this.walidataUnitId = walidataUnitId;
		this.dibuatPada = now;
		this.diubahPada = now;
		this.akses = Akses.TERBUKA;
		this.lisensi = DatasetForm.LISENSI_BAWAAN;
	}

	public void ubahMetadata(DatasetForm f, Instant now) {
		this.judul = f.getJudul().strip();
		this.deskripsi = blank(f.getDeskripsi());
		this.topik = blank(f.getTopik());
		this.jenisData = f.getJenisData();
		this.tingkatPenyajian = f.getTingkatPenyajian();
		this.cakupanWilayah = blank(f.getCakupanWilayah());
		this.frekuensi = f.getFrekuensi();
		this.satuan = blank(f.getSatuan());
		this.lisensi = f.getLisensi() == null || f.getLisensi().isBlank() ? DatasetForm.LISENSI_BAWAAN : f.getLisensi();
		this.akses = f.getAkses();
		this.dataPrioritas = f.isDataPrioritas();
		this.dataInduk = f.isDataInduk();
		if (f.getStubDapatDimohon() != null) {
			this.stubDapatDimohon = f.getStubDapatDimohon();
		}
		this.kontakNama = blank(f.getKontakNama());
		this.kontakEmail = blank(f.getKontakEmail());
		this.standarData = blank(f.getStandarData());
		this.kataKunci.clear();
		this.kataKunci.addAll(f.kataKunciList());
		this.diubahPada = now;
	}

	void gantiProdusen(long unitId, String unitSlug, String unitNama) {
		this.produsenUnitId = unitId;
		this.produsenSlug = unitSlug;
		this.produsenNama = unitNama;
	}

	/** @param variabel column name → code of the standard variable it follows */
	void gantiSkema(List<ColumnSpec> columns, java.util.Map<String, String> variabel, Instant now) {
		this.kolom.clear();
		columns.forEach(c -> this.kolom.add(new KolomSkema(c, variabel.get(c.name()))));
		this.diubahPada = now;
	}

	/** Column name → code of the standard variable it follows (columns that follow one). */
	public java.util.Map<String, String> variabelKolom() {
		java.util.Map<String, String> out = new java.util.LinkedHashMap<>();
		kolom.stream().filter(k -> k.getKodeVariabel() != null).forEach(k -> out.put(k.getNama(), k.getKodeVariabel()));
		return java.util.Collections.unmodifiableMap(out);
	}

	/**
	 * Keeps the published-release summary used by search and listings.
	 *
	 * @param sumber how many CKAN resources the public sees: published releases and their attachments
	 */
	public void ringkasanTerbit(Set<String> periode, Set<String> formats, int sumber, Instant terakhir, Instant now) {
		this.jumlahSumber = sumber;
		this.periodeTerbit.clear();
		this.periodeTerbit.addAll(periode);
		this.format.clear();
		this.format.addAll(formats);
		this.ditayangkan = !periode.isEmpty() && !dihapus;
		this.terbitTerakhir = terakhir;
		this.diubahPada = now;
	}

	/** Deletes the dataset (CKAN's package_delete): hidden until restored; nothing else changes. */
	public void hapus(Instant now) {
		this.dihapus = true;
		this.dihapusPada = now;
		this.ditayangkan = false;
		this.diubahPada = now;
	}

	/** Restores a deleted dataset: it is shown again as before (if it has a published release). */
	public void pulihkan(Instant now) {
		this.dihapus = false;
		this.dihapusPada = null;
		this.ditayangkan = !periodeTerbit.isEmpty();
		this.diubahPada = now;
	}

	/** Marks the dataset as harvested from a source (kept at every harvest: the source's name and link may change). */
	public void tandaiPanen(long sumberId, String sumberNama, String idAsal, String tautan) {
		this.panenSumberId = sumberId;
		this.panenSumberNama = sumberNama;
		this.panenIdAsal = idAsal;
		this.panenTautan = tautan;
	}

	/** Whether the dataset comes from a harvest source (and is read-only here). */
	public boolean isDipanen() {
		return panenSumberId != null;
	}

	public Long getPanenSumberId() {
		return panenSumberId;
	}

	public String getPanenSumberNama() {
		return panenSumberNama;
	}

	public String getPanenIdAsal() {
		return panenIdAsal;
	}

	public String getPanenTautan() {
		return panenTautan;
	}

	public boolean isDihapus() {
		return dihapus;
	}

	public Instant getDihapusPada() {
		return dihapusPada;
	}

	public void tautkan(Long daftarDataId, Long metadataStatistikId) {
		this.daftarDataId = daftarDataId;
		this.metadataStatistikId = metadataStatistikId;
	}

	public List<ColumnSpec> skema() {
		return kolom.stream().map(KolomSkema::spec).toList();
	}

	/** What lists and search results show of the dataset. */
	public DatasetRingkas ringkas() {
		return new DatasetRingkas(id, uuid, slug, judul, deskripsi, organisasiId, produsenSlug, produsenNama, topik, jenisData,
				tingkatPenyajian, frekuensi, akses, dataPrioritas, dataInduk, ditayangkan, dihapus,
				// in a fixed order wherever they are shown: periods newest first, formats and keywords by name
				sorted(periodeTerbit, Comparator.<String>reverseOrder()), sorted(getFormatUnduhan(), Comparator.naturalOrder()),
				sorted(kataKunci, Comparator.naturalOrder()), lisensi, terbitTerakhir, dibuatPada, diubahPada);
	}

	private static Set<String> sorted(Set<String> values, Comparator<String> order) {
		Set<String> out = new LinkedHashSet<>();
		values.stream().sorted(order).forEach(out::add);
		return Collections.unmodifiableSet(out);
	}

	private static String blank(String s) {
		return s == null || s.isBlank() ? null : s.strip();
	}

	public boolean isStubDapatDimohon() {
		return stubDapatDimohon;
	}

	/** What may be told of it to someone who may not read it (title, producer, description). */
	public id.satudata.katalog.StubDataset stub() {
		return new id.satudata.katalog.StubDataset(id, slug, judul, deskripsi, organisasiId, produsenUnitId, produsenNama,
				stubDapatDimohon && akses == Akses.TERBATAS);
	}

	public Long getId() {
		return id;
	}

	public String getUuid() {
		return uuid;
	}

	public String getSlug() {
		return slug;
	}

	public String getJudul() {
		return judul;
	}

	public String getDeskripsi() {
		return deskripsi;
	}

	public long getOrganisasiId() {
		return organisasiId;
	}

	public long getProdusenUnitId() {
		return produsenUnitId;
	}

	public String getProdusenSlug() {
		return produsenSlug;
	}

	public String getProdusenNama() {
		return produsenNama;
	}

	public Long getWalidataUnitId() {
		return walidataUnitId;
	}

	public String getTopik() {
		return topik;
	}

	public JenisData getJenisData() {
		return jenisData;
	}

	public TingkatPenyajian getTingkatPenyajian() {
		return tingkatPenyajian;
	}

	public String getCakupanWilayah() {
		return cakupanWilayah;
	}

	public Frekuensi getFrekuensi() {
		return frekuensi;
	}

	public String getSatuan() {
		return satuan;
	}

	public String getLisensi() {
		return lisensi;
	}

	public Akses getAkses() {
		return akses;
	}

	public boolean isDataPrioritas() {
		return dataPrioritas;
	}

	public boolean isDataInduk() {
		return dataInduk;
	}

	public String getKontakNama() {
		return kontakNama;
	}

	public String getKontakEmail() {
		return kontakEmail;
	}

	public Long getDaftarDataId() {
		return daftarDataId;
	}

	public String getStandarData() {
		return standarData;
	}

	public Long getMetadataStatistikId() {
		return metadataStatistikId;
	}

	public boolean isDitayangkan() {
		return ditayangkan;
	}

	public Instant getTerbitTerakhir() {
		return terbitTerakhir;
	}

	public Instant getDibuatPada() {
		return dibuatPada;
	}

	public Instant getDiubahPada() {
		return diubahPada;
	}

	public Set<String> getKataKunci() {
		return Set.copyOf(kataKunci);
	}

	public Set<String> getPeriodeTerbit() {
		return Set.copyOf(periodeTerbit);
	}

	public Set<String> getFormat() {
		return Set.copyOf(format);
	}

	/** The number of keywords (CKAN's num_tags). */
	@GenericField(name = "num_tags", sortable = Sortable.YES)
	@IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "kataKunci")))
	public int getJumlahKataKunci() {
		return kataKunci.size();
	}

	public int getJumlahSumber() {
		return jumlahSumber;
	}

	/** The formats downloadable from published releases (the portal's "format" facet). */
	@KeywordField(name = "format", aggregable = Aggregable.YES)
	@IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "format")))
	public Set<String> getFormatUnduhan() {
		Set<String> out = new LinkedHashSet<>(format);
		if (format.contains("CSV")) {
			out.addAll(FORMAT_TABEL);
		}
		return out;
	}

	public List<KolomSkema> getKolom() {
		return List.copyOf(kolom);
	}

	public long getVersion() {
		return version;
	}

}
