package id.satudata.sinkron.panen;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A dataset of a source as last harvested: its modification time there and the tables already imported. */
@Entity
@Table(name = "sinkron_objek_panen")
public class ObjekPanen {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "sumber_id", nullable = false)
	private long sumberId;

	@Column(name = "id_asal", nullable = false, length = 200)
	private String idAsal;

	@Column(name = "nama_asal", nullable = false, length = 300)
	private String namaAsal;

	@Column(name = "dataset_slug", length = 120)
	private String datasetSlug;

	/** The source's metadata_modified when last harvested. */
	@Column(name = "diubah_asal", length = 40)
	private String diubahAsal;

	/** Tables imported, as resource id @ last_modified, newline-separated. */
	@Column(name = "tabel_diimpor", length = 4000)
	private String tabelDiimpor;

	@Column(nullable = false)
	private boolean ditarik;

	protected ObjekPanen() {
	}

	ObjekPanen(long sumberId, String idAsal, String namaAsal) {
		this.sumberId = sumberId;
		this.idAsal = idAsal;
		this.namaAsal = namaAsal;
	}

	void dipanen(String namaAsal, String datasetSlug, String diubahAsal) {
		this.namaAsal = namaAsal;
		this.datasetSlug = datasetSlug;
		this.diubahAsal = diubahAsal;
		this.ditarik = false;
	}

	void ditarik() {
		this.ditarik = true;
		this.diubahAsal = null;
	}

	Set<String> tabel() {
		Set<String> out = new LinkedHashSet<>();
		if (tabelDiimpor != null) {
			out.addAll(Arrays.stream(tabelDiimpor.split("\n")).filter(s -> !s.isBlank()).toList());
		}
		return out;
	}

	void tabelDiimpor(String kunci) {
		Set<String> t = tabel();
		t.add(kunci);
		String joined = String.join("\n", t);
		while (joined.length() > 4000 && t.size() > 1) {
			// the oldest keys go first: the newest tables are the ones compared
			t.remove(t.iterator().next());
			joined = String.join("\n", t);
		}
		this.tabelDiimpor = joined;
	}

	public Long getId() {
		return id;
	}

	public long getSumberId() {
		return sumberId;
	}

	public String getIdAsal() {
		return idAsal;
	}

	public String getNamaAsal() {
		return namaAsal;
	}

	public String getDatasetSlug() {
		return datasetSlug;
	}

	public String getDiubahAsal() {
		return diubahAsal;
	}

	public boolean isDitarik() {
		return ditarik;
	}

}
