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

import id.satudata.pemeriksaan.AksiPemeriksaan;
import id.satudata.pemeriksaan.PeranPemeriksaan;
import id.satudata.pemeriksaan.StatusPengajuan;

/** One step a submission took: who, when, from where to where, the note, the working time spent before it. */
@Entity
@Table(name = "riwayat_pengajuan")
class RiwayatPengajuan {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "pengajuan_id", nullable = false)
	private long pengajuanId;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 30)
	private AksiPemeriksaan aksi;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 30)
	private StatusPengajuan dari;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 30)
	private StatusPengajuan ke;

	@Column(nullable = false, length = 100)
	private String pelaku;

	@Enumerated(EnumType.STRING)
	@Column(length = 30)
	private PeranPemeriksaan peran;

	@Column(length = 4000)
	private String catatan;

	@Column(nullable = false)
	private Instant waktu;

	/** Working minutes the submission spent in {@link #dari} before this step. */
	@Column(name = "menit_kerja", nullable = false)
	private long menitKerja;

	protected RiwayatPengajuan() {
	}

	RiwayatPengajuan(long pengajuanId, AksiPemeriksaan aksi, StatusPengajuan dari, StatusPengajuan ke, String pelaku,
			PeranPemeriksaan peran, String catatan, Instant waktu, long menitKerja) {
		this.pengajuanId = pengajuanId;
		this.aksi = aksi;
		this.dari = dari;
		this.ke = ke;
		this.pelaku = pelaku;
		this.peran = peran;
		this.catatan = catatan;
		this.waktu = waktu;
		this.menitKerja = menitKerja;
	}

	long getPengajuanId() { return pengajuanId; }
	AksiPemeriksaan getAksi() { return aksi; }
	StatusPengajuan getDari() { return dari; }
	StatusPengajuan getKe() { return ke; }
	String getPelaku() { return pelaku; }
	PeranPemeriksaan getPeran() { return peran; }
	String getCatatan() { return catatan; }
	Instant getWaktu() { return waktu; }
	long getMenitKerja() { return menitKerja; }

}
