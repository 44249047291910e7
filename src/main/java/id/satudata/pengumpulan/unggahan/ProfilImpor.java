package id.satudata.pengumpulan.unggahan;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A dataset's import profile: the choices its producer made about the report format (header rows,
 * rows left out or taken as data, the table of the sheet, header mapping, codes for names), as
 * {@link UnggahanService.OpsiImpor} JSON, applied to the next period's file.
 */
@Entity
@Table(name = "profil_impor")
class ProfilImpor {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "dataset_id", nullable = false, unique = true)
	private long datasetId;

	@Column(nullable = false, length = 100000)
	private String opsi;

	@Column(name = "diubah_oleh", nullable = false, length = 100)
	private String diubahOleh;

	@Column(name = "diubah_pada", nullable = false)
	private Instant diubahPada;

	protected ProfilImpor() {
	}

	ProfilImpor(long datasetId) {
		this.datasetId = datasetId;
	}

	void ubah(String opsiJson, String oleh, Instant now) {
		this.opsi = opsiJson;
		this.diubahOleh = oleh;
		this.diubahPada = now;
	}

	long getDatasetId() { return datasetId; }
	String getOpsi() { return opsi; }
	String getDiubahOleh() { return diubahOleh; }
	Instant getDiubahPada() { return diubahPada; }

}
