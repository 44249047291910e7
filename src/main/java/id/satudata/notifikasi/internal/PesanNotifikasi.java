package id.satudata.notifikasi.internal;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * One notification for one recipient: a user (shown in the back office, mailed when they have an
 * address) or a bare e-mail address (mailed only). The text is kept as a message key and its
 * arguments, resolved in the reader's language.
 */
@Entity
@Table(name = "notifikasi")
class PesanNotifikasi {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "pengguna_id")
	private Long penggunaId;

	@Column(length = 200)
	private String surel;

	@Column(name = "nama_penerima", length = 200)
	private String namaPenerima;

	@Column(nullable = false, length = 40)
	private String jenis;

	@Column(name = "judul_key", nullable = false, length = 120)
	private String judulKey;

	/** The arguments as a JSON array of strings. */
	@Column(nullable = false, length = 4000)
	private String argumen;

	@Column(length = 500)
	private String tautan;

	/** Idempotency key of a reminder ({@code null} for ordinary notifications). */
	@Column(length = 200)
	private String kunci;

	@Column(name = "dibuat_pada", nullable = false)
	private Instant dibuatPada;

	@Column(name = "dibaca_pada")
	private Instant dibacaPada;

	@Column(name = "surel_terkirim_pada")
	private Instant surelTerkirimPada;

	protected PesanNotifikasi() {
	}

	PesanNotifikasi(Long penggunaId, String surel, String namaPenerima, String jenis, String judulKey, String argumen,
			String tautan, String kunci, Instant now) {
		this.penggunaId = penggunaId;
		this.surel = surel;
		this.namaPenerima = namaPenerima;
		this.jenis = jenis;
		this.judulKey = judulKey;
		this.argumen = argumen;
		this.tautan = tautan;
		this.kunci = kunci;
		this.dibuatPada = now;
	}

	void tandaiDibaca(Instant now) {
		if (dibacaPada == null) {
			dibacaPada = now;
		}
	}


	Long getId() {
		return id;
	}

	Long getPenggunaId() {
		return penggunaId;
	}

	String getSurel() {
		return surel;
	}

	String getNamaPenerima() {
		return namaPenerima;
	}

	String getJenis() {
		return jenis;
	}

	String getJudulKey() {
		return judulKey;
	}

	String getArgumen() {
		return argumen;
	}

	String getTautan() {
		return tautan;
	}

	String getKunci() {
		return kunci;
	}

	Instant getDibuatPada() {
		return dibuatPada;
	}

	Instant getDibacaPada() {
		return dibacaPada;
	}

	Instant getSurelTerkirimPada() {
		return surelTerkirimPada;
	}

	boolean isDibaca() {
		return dibacaPada != null;
	}

}
