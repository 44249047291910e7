package id.satudata.organisasi.pengguna;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A single-use recovery code for the second factor, kept as its SHA-256 hash. */
@Entity
@Table(name = "kode_pemulihan")
class KodePemulihan {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "pengguna_id", nullable = false)
	private long penggunaId;

	@Column(name = "kode_hash", nullable = false, length = 64)
	private String kodeHash;

	@Column(name = "dipakai_pada")
	private Instant dipakaiPada;

	protected KodePemulihan() {
	}

	KodePemulihan(long penggunaId, String kodeHash) {
		this.penggunaId = penggunaId;
		this.kodeHash = kodeHash;
	}

	void pakai(Instant now) {
		this.dipakaiPada = now;
	}

	Instant getDipakaiPada() {
		return dipakaiPada;
	}

}
