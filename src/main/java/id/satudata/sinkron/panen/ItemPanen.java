package id.satudata.sinkron.panen;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A line of a run's report: a dataset (or table) created, updated, withdrawn or failed, and why. */
@Entity
@Table(name = "sinkron_item_panen")
public class ItemPanen {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "jalan_id", nullable = false)
	private long jalanId;

	@Column(name = "id_asal", nullable = false, length = 200)
	private String idAsal;

	@Column(name = "nama_asal", length = 300)
	private String namaAsal;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 20)
	private HasilItem hasil;

	/** Message key and arguments ({@link Alasan}). */
	@Column(length = 2000)
	private String alasan;

	protected ItemPanen() {
	}

	ItemPanen(long jalanId, String idAsal, String namaAsal, HasilItem hasil, String alasan) {
		this.jalanId = jalanId;
		this.idAsal = Alasan.potong(idAsal, 200);
		this.namaAsal = namaAsal == null ? null : Alasan.potong(namaAsal, 300);
		this.hasil = hasil;
		this.alasan = alasan == null ? null : Alasan.potong(alasan);
	}

	public Long getId() {
		return id;
	}

	public long getJalanId() {
		return jalanId;
	}

	public String getIdAsal() {
		return idAsal;
	}

	public String getNamaAsal() {
		return namaAsal;
	}

	public HasilItem getHasil() {
		return hasil;
	}

	public String getAlasan() {
		return alasan;
	}

}
