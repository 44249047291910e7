package id.satudata.pemeriksaan.pengajuan;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import id.satudata.pemeriksaan.PeranPemeriksaan;

/** A note on a submission (whole), on one of its columns, or on one of its rows. */
@Entity
@Table(name = "catatan_pemeriksaan")
class CatatanPemeriksaan {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "pengajuan_id", nullable = false)
	private long pengajuanId;

	@Column(nullable = false)
	private int versi;

	@Column(length = 63)
	private String kolom;

	private Long baris;

	@Column(nullable = false, length = 4000)
	private String teks;

	@Column(nullable = false, length = 100)
	private String penulis;

	@Enumerated(EnumType.STRING)
	@Column(length = 30)
	private PeranPemeriksaan peran;

	@Column(nullable = false)
	private Instant waktu;

	protected CatatanPemeriksaan() {
	}

	CatatanPemeriksaan(long pengajuanId, int versi, String kolom, Long baris, String teks, String penulis,
			PeranPemeriksaan peran, Instant waktu) {
		this.pengajuanId = pengajuanId;
		this.versi = versi;
		this.kolom = kolom;
		this.baris = baris;
		this.teks = teks;
		this.penulis = penulis;
		this.peran = peran;
		this.waktu = waktu;
	}

	Long getId() { return id; }
	long getPengajuanId() { return pengajuanId; }
	int getVersi() { return versi; }
	String getKolom() { return kolom; }
	Long getBaris() { return baris; }
	String getTeks() { return teks; }
	String getPenulis() { return penulis; }
	PeranPemeriksaan getPeran() { return peran; }
	Instant getWaktu() { return waktu; }

}
