package id.satudata.pengumpulan.aturan;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import id.satudata.datastore.Severity;

/**
 * A validation rule attached to a column of a dataset: data, not code. Its parameters are JSON
 * ({@link ParameterAturan}); its severity decides whether a finding blocks the submission (GALAT) or
 * needs a justification (PERINGATAN).
 */
@Entity
@Table(name = "aturan_validasi")
class AturanValidasi {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "dataset_id", nullable = false)
	private long datasetId;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 30)
	private JenisAturan jenis;

	@Column(nullable = false, length = 63)
	private String kolom;

	@Column(name = "parameter_json", nullable = false, length = 4000)
	private String parameterJson;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 20)
	private Severity tingkat;

	@Column(nullable = false)
	private boolean aktif;

	@Column(name = "dibuat_oleh", nullable = false, length = 100)
	private String dibuatOleh;

	@Column(name = "dibuat_pada", nullable = false)
	private Instant dibuatPada;

	@Column(name = "diubah_pada", nullable = false)
	private Instant diubahPada;

	@Version
	private long version;

	protected AturanValidasi() {
	}

	AturanValidasi(long datasetId, JenisAturan jenis, String kolom, String parameterJson, Severity tingkat, String oleh,
			Instant now) {
		this.datasetId = datasetId;
		this.jenis = jenis;
		this.kolom = kolom;
		this.parameterJson = parameterJson;
		this.tingkat = tingkat;
		this.aktif = true;
		this.dibuatOleh = oleh;
		this.dibuatPada = now;
		this.diubahPada = now;
	}

	void nonaktifkan(Instant now) {
		this.aktif = false;
		this.diubahPada = now;
	}

	Long getId() { return id; }
	long getDatasetId() { return datasetId; }
	JenisAturan getJenis() { return jenis; }
	String getKolom() { return kolom; }
	String getParameterJson() { return parameterJson; }
	Severity getTingkat() { return tingkat; }
	boolean isAktif() { return aktif; }
	String getDibuatOleh() { return dibuatOleh; }
	Instant getDibuatPada() { return dibuatPada; }

}
