package id.satudata.katalog.lampiran;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import id.satudata.katalog.JenisLampiran;
import id.satudata.katalog.LampiranView;

/** A non-tabular resource of a release: a PDF, an image, a GeoJSON file, a document or a link. */
@Entity
@Table(name = "lampiran")
public class Lampiran {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(nullable = false, length = 36, unique = true)
	private String uuid;

	/** The release it belongs to; {@code null} for a link of the dataset itself ({@link #datasetId}). */
	@Column(name = "rilis_id")
	private Long rilisId;

	/** The dataset of a link that belongs to no release (CKAN's inline resources of package_create). */
	@Column(name = "dataset_id")
	private Long datasetId;

	@Column(nullable = false, length = 300)
	private String nama;

	@Column(length = 2000)
	private String deskripsi;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 20)
	private JenisLampiran jenis;

	@Column(nullable = false, length = 20)
	private String format;

	@Column(length = 2000)
	private String url;

	@Column(name = "storage_key", length = 100)
	private String storageKey;

	@Column(name = "nama_berkas", length = 300)
	private String namaBerkas;

	@Column
	private Long ukuran;

	@Column(name = "tipe_mime", length = 100)
	private String tipeMime;

	@Column(name = "dibuat_pada", nullable = false)
	private Instant dibuatPada;

	/** Renames or redescribes the attachment; a link may also point elsewhere ({@code null} keeps a value). */
	void ubah(String nama, String deskripsi, String url) {
		if (nama != null) {
			this.nama = nama;
		}
		if (deskripsi != null) {
			this.deskripsi = deskripsi.isBlank() ? null : deskripsi;
		}
		if (url != null) {
			this.url = url;
		}
	}

	protected Lampiran() {
	}

	Lampiran(long rilisId, String nama, String deskripsi, JenisLampiran jenis, String format, String url,
			String storageKey, String namaBerkas, Long ukuran, String tipeMime, Instant now) {
		this.uuid = UUID.randomUUID().toString();
		this.rilisId = rilisId;
		this.nama = nama;
		this.deskripsi = deskripsi;
		this.jenis = jenis;
		this.format = format;
		this.url = url;
		this.storageKey = storageKey;
		this.namaBerkas = namaBerkas;
		this.ukuran = ukuran;
		this.tipeMime = tipeMime;
		this.dibuatPada = now;
	}

	/** A link of the dataset itself, not of a release. */
	static Lampiran tautanDataset(long datasetId, String nama, String deskripsi, String url, Instant now) {
		Lampiran l = new Lampiran(0, nama, deskripsi, JenisLampiran.TAUTAN, "URL", url, null, null, null, null, now);
		l.rilisId = null;
		l.datasetId = datasetId;
		return l;
	}

	/** What is shown of the attachment. */
	public LampiranView view() {
		return new LampiranView(uuid, nama, deskripsi, jenis, format, url, namaBerkas, ukuran, tipeMime, dibuatPada);
	}

	public Long getId() {
		return id;
	}

	public String getUuid() {
		return uuid;
	}

	public Long getRilisId() {
		return rilisId;
	}

	public Long getDatasetId() {
		return datasetId;
	}

	public String getNama() {
		return nama;
	}

	public String getDeskripsi() {
		return deskripsi;
	}

	public JenisLampiran getJenis() {
		return jenis;
	}

	public String getFormat() {
		return format;
	}

	public String getUrl() {
		return url;
	}

	public String getStorageKey() {
		return storageKey;
	}

	public String getNamaBerkas() {
		return namaBerkas;
	}

	public Long getUkuran() {
		return ukuran;
	}

	public String getTipeMime() {
		return tipeMime;
	}

	public Instant getDibuatPada() {
		return dibuatPada;
	}

}
