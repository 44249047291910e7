package id.satudata.organisasi.pengguna;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A link sent by e-mail (password reset, address verification): single-use, expiring, kept as a hash. */
@Entity
@Table(name = "token_surel")
class TokenSurel {

	/** What the link does. */
	enum Jenis {
		RESET_PASSWORD, VERIFIKASI
	}

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "pengguna_id", nullable = false)
	private long penggunaId;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 20)
	private Jenis jenis;

	@Column(name = "token_hash", nullable = false, length = 64)
	private String tokenHash;

	@Column(name = "dibuat_pada", nullable = false)
	private Instant dibuatPada;

	@Column(nullable = false)
	private Instant kedaluwarsa;

	@Column(name = "dipakai_pada")
	private Instant dipakaiPada;

	protected TokenSurel() {
	}

	TokenSurel(long penggunaId, Jenis jenis, String tokenHash, Instant now, Instant kedaluwarsa) {
		this.penggunaId = penggunaId;
		this.jenis = jenis;
		this.tokenHash = tokenHash;
		this.dibuatPada = now;
		this.kedaluwarsa = kedaluwarsa;
	}

	boolean berlaku(Instant now) {
		return dipakaiPada == null && kedaluwarsa.isAfter(now);
	}

	void pakai(Instant now) {
		this.dipakaiPada = now;
	}

	long getPenggunaId() {
		return penggunaId;
	}

	Jenis getJenis() {
		return jenis;
	}

}
