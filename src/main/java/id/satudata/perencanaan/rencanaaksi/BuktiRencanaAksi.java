package id.satudata.perencanaan.rencanaaksi;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** An evidence file of an action-plan item (minutes, a decree, a screenshot), kept in the file store. */
@Entity
@Table(name = "rencana_aksi_bukti")
class BuktiRencanaAksi {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "rencana_aksi_id", nullable = false)
	private long rencanaAksiId;

	@Column(nullable = false, length = 36, unique = true)
	private String uuid;

	@Column(name = "storage_key", nullable = false, length = 100)
	private String storageKey;

	@Column(name = "nama_berkas", nullable = false, length = 300)
	private String namaBerkas;

	@Column(name = "tipe_mime", length = 100)
	private String tipeMime;

	@Column(nullable = false)
	private long ukuran;

	@Column(length = 500)
	private String keterangan;

	@Column(name = "diunggah_oleh", nullable = false, length = 100)
	private String diunggahOleh;

	@Column(name = "diunggah_pada", nullable = false)
	private Instant diunggahPada;

	protected BuktiRencanaAksi() {
	}

	BuktiRencanaAksi(long rencanaAksiId, String storageKey, String namaBerkas, String tipeMime, long ukuran,
			String keterangan, String oleh, Instant now) {
		this.rencanaAksiId = rencanaAksiId;
		this.uuid = UUID.randomUUID().toString();
		this.storageKey = storageKey;
		this.namaBerkas = namaBerkas;
		this.tipeMime = tipeMime;
		this.ukuran = ukuran;
		this.keterangan = keterangan == null || keterangan.isBlank() ? null : keterangan.strip();
		this.diunggahOleh = oleh;
		this.diunggahPada = now;
	}

	public Long getId() {
		return id;
	}

	public long getRencanaAksiId() {
		return rencanaAksiId;
	}

	public String getUuid() {
		return uuid;
	}

	public String getStorageKey() {
		return storageKey;
	}

	public String getNamaBerkas() {
		return namaBerkas;
	}

	public String getTipeMime() {
		return tipeMime;
	}

	public long getUkuran() {
		return ukuran;
	}

	public String getKeterangan() {
		return keterangan;
	}

	public String getDiunggahOleh() {
		return diunggahOleh;
	}

	public Instant getDiunggahPada() {
		return diunggahPada;
	}

}
