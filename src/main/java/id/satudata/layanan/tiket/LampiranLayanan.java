package id.satudata.layanan.tiket;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A file attached to a request, complaint or recommendation (its content in the {@code FileStore}). */
@Entity
@Table(name = "layanan_lampiran")
public class LampiranLayanan {

	/** An ordinary attachment. */
	public static final String LAMPIRAN = "LAMPIRAN";
	/** The questionnaire of a statistical activity. */
	public static final String KUESIONER = "KUESIONER";

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(nullable = false, length = 36, unique = true)
	private String uuid;

	@Column(name = "objek_tipe", nullable = false, length = 20)
	private String objekTipe;

	@Column(name = "objek_id", nullable = false)
	private long objekId;

	@Column(nullable = false, length = 20)
	private String jenis;

	@Column(name = "nama_berkas", nullable = false, length = 255)
	private String namaBerkas;

	@Column(name = "tipe_mime", nullable = false, length = 100)
	private String tipeMime;

	@Column(nullable = false)
	private long ukuran;

	@Column(name = "storage_key", nullable = false, length = 100)
	private String storageKey;

	@Column(name = "diunggah_oleh", nullable = false, length = 100)
	private String diunggahOleh;

	@Column(name = "dibuat_pada", nullable = false)
	private Instant dibuatPada;

	protected LampiranLayanan() {
	}

	LampiranLayanan(String objekTipe, long objekId, String jenis, String namaBerkas, String tipeMime, long ukuran,
			String storageKey, String diunggahOleh, Instant now) {
		this.uuid = UUID.randomUUID().toString();
		this.objekTipe = objekTipe;
		this.objekId = objekId;
		this.jenis = jenis;
		this.namaBerkas = namaBerkas;
		this.tipeMime = tipeMime;
		this.ukuran = ukuran;
		this.storageKey = storageKey;
		this.diunggahOleh = diunggahOleh;
		this.dibuatPada = now;
	}

	public Long getId() {
		return id;
	}

	public String getUuid() {
		return uuid;
	}

	public String getObjekTipe() {
		return objekTipe;
	}

	public long getObjekId() {
		return objekId;
	}

	public String getJenis() {
		return jenis;
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

	public String getStorageKey() {
		return storageKey;
	}

	public String getDiunggahOleh() {
		return diunggahOleh;
	}

	public Instant getDibuatPada() {
		return dibuatPada;
	}

}
