package id.satudata.organisasi.token;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** An API token of a user. Only the SHA-256 of the secret is stored, with its first characters to recognise it. */
@Entity
@Table(name = "token_api")
class TokenApi {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(nullable = false, length = 36, unique = true)
	private String uuid;

	@Column(name = "pengguna_id", nullable = false)
	private long penggunaId;

	@Column(nullable = false, length = 100)
	private String nama;

	@Column(nullable = false, length = 64, unique = true)
	private String hash;

	@Column(nullable = false, length = 16)
	private String awalan;

	@Column(nullable = false)
	private boolean demo;

	@Column(name = "dibuat_pada", nullable = false)
	private Instant dibuatPada;

	@Column(name = "kedaluwarsa_pada")
	private Instant kedaluwarsaPada;

	@Column(name = "terakhir_dipakai")
	private Instant terakhirDipakai;

	@Column(name = "dicabut_pada")
	private Instant dicabutPada;

	protected TokenApi() {
	}

	TokenApi(long penggunaId, String nama, String hash, String awalan, boolean demo, Instant dibuatPada,
			Instant kedaluwarsaPada) {
		this.uuid = UUID.randomUUID().toString();
		this.penggunaId = penggunaId;
		this.nama = nama;
		this.hash = hash;
		this.awalan = awalan;
		this.demo = demo;
		this.dibuatPada = dibuatPada;
		this.kedaluwarsaPada = kedaluwarsaPada;
	}

	boolean berlaku(Instant now) {
		return dicabutPada == null && (kedaluwarsaPada == null || now.isBefore(kedaluwarsaPada));
	}

	void cabut(Instant now) {
		if (dicabutPada == null) {
			dicabutPada = now;
		}
	}

	/** Records use at most once a minute, so reading with a token does not write on every request. */
	boolean dipakai(Instant now) {
		if (terakhirDipakai == null || terakhirDipakai.isBefore(now.minusSeconds(60))) {
			terakhirDipakai = now;
			return true;
		}
		return false;
	}

	public Long getId() {
		return id;
	}

	public String getUuid() {
		return uuid;
	}

	public long getPenggunaId() {
		return penggunaId;
	}

	public String getNama() {
		return nama;
	}

	public String getAwalan() {
		return awalan;
	}

	public boolean isDemo() {
		return demo;
	}

	public Instant getDibuatPada() {
		return dibuatPada;
	}

	public Instant getKedaluwarsaPada() {
		return kedaluwarsaPada;
	}

	public Instant getTerakhirDipakai() {
		return terakhirDipakai;
	}

	public Instant getDicabutPada() {
		return dicabutPada;
	}

}
