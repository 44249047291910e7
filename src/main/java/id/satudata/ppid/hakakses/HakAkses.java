package id.satudata.ppid.hakakses;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A grant of access given on a request for information: exactly one user may read exactly one
 * TERBATAS dataset's published releases from {@code mulai} until {@code berakhir}, unless revoked.
 */
@Entity
@Table(name = "ppid_hak_akses")
public class HakAkses {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "permohonan_id", nullable = false)
	private long permohonanId;

	@Column(name = "pengguna_id", nullable = false)
	private long penggunaId;

	@Column(name = "dataset_id", nullable = false)
	private long datasetId;

	@Column(nullable = false)
	private Instant mulai;

	@Column(nullable = false)
	private Instant berakhir;

	@Column(name = "diberikan_oleh", nullable = false, length = 150)
	private String diberikanOleh;

	@Column(name = "dicabut_pada")
	private Instant dicabutPada;

	@Column(name = "dicabut_oleh", length = 150)
	private String dicabutOleh;

	@Column(name = "alasan_pencabutan", length = 2000)
	private String alasanPencabutan;

	@Version
	@Column(nullable = false)
	private long version;

	protected HakAkses() {
	}

	HakAkses(long permohonanId, long penggunaId, long datasetId, Instant mulai, Instant berakhir, String diberikanOleh) {
		this.permohonanId = permohonanId;
		this.penggunaId = penggunaId;
		this.datasetId = datasetId;
		this.mulai = mulai;
		this.berakhir = berakhir;
		this.diberikanOleh = diberikanOleh;
	}

	void cabut(String oleh, String alasan, Instant now) {
		this.dicabutPada = now;
		this.dicabutOleh = oleh;
		this.alasanPencabutan = alasan;
	}

	public boolean berlaku(Instant now) {
		return dicabutPada == null && !mulai.isAfter(now) && berakhir.isAfter(now);
	}

	public Long getId() {
		return id;
	}

	public long getPermohonanId() {
		return permohonanId;
	}

	public long getPenggunaId() {
		return penggunaId;
	}

	public long getDatasetId() {
		return datasetId;
	}

	public Instant getMulai() {
		return mulai;
	}

	public Instant getBerakhir() {
		return berakhir;
	}

	public String getDiberikanOleh() {
		return diberikanOleh;
	}

	public Instant getDicabutPada() {
		return dicabutPada;
	}

	public String getDicabutOleh() {
		return dicabutOleh;
	}

	public String getAlasanPencabutan() {
		return alasanPencabutan;
	}

	public long getVersion() {
		return version;
	}

}
