package id.satudata.perencanaan.daftardata;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * The Daftar Data of one organization (a province, a kabupaten/kota, the national level) for one
 * year: the container its producers propose entries into and the Walidata compiles and submits.
 */
@Entity
@Table(name = "daftar_data")
public class DaftarData {

	/** The years a Daftar Data (and the planning pages) may be about. */
	public static final int TAHUN_MIN = 2000;
	public static final int TAHUN_MAKS = 2100;

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "organisasi_id", nullable = false)
	private long organisasiId;

	@Column(nullable = false)
	private int tahun;

	@Column(length = 2000)
	private String catatan;

	@Column(name = "disalin_dari_id")
	private Long disalinDariId;

	@Column(name = "dibuat_oleh", nullable = false, length = 100)
	private String dibuatOleh;

	@Column(name = "dibuat_pada", nullable = false)
	private Instant dibuatPada;

	/** When the Walidata last submitted entries of it to the Forum. */
	@Column(name = "diajukan_pada")
	private Instant diajukanPada;

	@Version
	private long version;

	protected DaftarData() {
	}

	DaftarData(long organisasiId, int tahun, String catatan, Long disalinDariId, String dibuatOleh, Instant now) {
		this.organisasiId = organisasiId;
		this.tahun = tahun;
		this.catatan = catatan;
		this.disalinDariId = disalinDariId;
		this.dibuatOleh = dibuatOleh;
		this.dibuatPada = now;
	}

	void diajukan(Instant now) {
		this.diajukanPada = now;
	}

	public Long getId() {
		return id;
	}

	public long getOrganisasiId() {
		return organisasiId;
	}

	public int getTahun() {
		return tahun;
	}

	public String getCatatan() {
		return catatan;
	}

	public Long getDisalinDariId() {
		return disalinDariId;
	}

	public String getDibuatOleh() {
		return dibuatOleh;
	}

	public Instant getDibuatPada() {
		return dibuatPada;
	}

	public Instant getDiajukanPada() {
		return diajukanPada;
	}

	public long getVersion() {
		return version;
	}

}
