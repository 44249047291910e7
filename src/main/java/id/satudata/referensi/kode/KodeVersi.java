package id.satudata.referensi.kode;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One version of a code list: what changed, by whom, when. */
@Entity
@Table(name = "kode_referensi_versi")
class KodeVersi {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "daftar_id", nullable = false)
	private long daftarId;

	@Column(nullable = false)
	private int versi;

	@Column(length = 1000)
	private String catatan;

	@Column(name = "jumlah_tambah", nullable = false)
	private int jumlahTambah;

	@Column(name = "jumlah_ubah", nullable = false)
	private int jumlahUbah;

	@Column(name = "jumlah_pensiun", nullable = false)
	private int jumlahPensiun;

	@Column(name = "dibuat_oleh", nullable = false, length = 100)
	private String dibuatOleh;

	@Column(name = "dibuat_pada", nullable = false)
	private Instant dibuatPada;

	protected KodeVersi() {
	}

	KodeVersi(long daftarId, int versi, String catatan, int tambah, int ubah, int pensiun, String oleh, Instant now) {
		this.daftarId = daftarId;
		this.versi = versi;
		this.catatan = catatan;
		this.jumlahTambah = tambah;
		this.jumlahUbah = ubah;
		this.jumlahPensiun = pensiun;
		this.dibuatOleh = oleh;
		this.dibuatPada = now;
	}

	public int getVersi() {
		return versi;
	}

	public String getCatatan() {
		return catatan;
	}

	public int getJumlahTambah() {
		return jumlahTambah;
	}

	public int getJumlahUbah() {
		return jumlahUbah;
	}

	public int getJumlahPensiun() {
		return jumlahPensiun;
	}

	public String getDibuatOleh() {
		return dibuatOleh;
	}

	public Instant getDibuatPada() {
		return dibuatPada;
	}

}
