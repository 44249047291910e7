package id.satudata.ppid.permohonan;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A request for public information (Perki 1/2021, Formulir Permohonan Informasi): who asks (identity
 * with its number, address, contact — personal data, anonymised after the retention period), what
 * (a TERBATAS dataset, or information described in words), why, and how they want it; then the
 * PPID's register number, the view of the Walidata or producer, the clock (10 working days, once
 * extended by 7), the decision (a grant, or a refusal with its Pasal 17 ground and consequence test)
 * and the objection with the superior's answer. Steps are decided by {@link AlurPermohonan}; this
 * class applies the status it answered.
 */
@Entity
@Table(name = "ppid_permohonan")
public class Permohonan {

	/** What stands for a requester's personal data once anonymised. */
	static final String ANONIM = "(dianonimkan)";

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(nullable = false, length = 30, unique = true)
	private String nomor;

	@Column(name = "nomor_register", length = 30, unique = true)
	private String nomorRegister;

	@Column(name = "organisasi_id", nullable = false)
	private long organisasiId;

	@Column(name = "dataset_id")
	private Long datasetId;

	@Column(name = "dataset_judul", length = 300)
	private String datasetJudul;

	@Column(name = "pemohon_id", nullable = false)
	private long pemohonId;

	@Column(nullable = false, length = 150)
	private String nama;

	@Enumerated(EnumType.STRING)
	@Column(name = "jenis_identitas", nullable = false, length = 20)
	private JenisIdentitas jenisIdentitas;

	@Column(name = "nomor_identitas", nullable = false, length = 40)
	private String nomorIdentitas;

	@Column(nullable = false, length = 500)
	private String alamat;

	@Column(nullable = false, length = 30)
	private String telepon;

	@Column(nullable = false, length = 200)
	private String surel;

	@Column(length = 100)
	private String pekerjaan;

	@Column(nullable = false, length = 4000)
	private String rincian;

	@Column(nullable = false, length = 2000)
	private String tujuan;

	@Enumerated(EnumType.STRING)
	@Column(name = "cara_memperoleh", nullable = false, length = 30)
	private CaraMemperoleh caraMemperoleh;

	@Enumerated(EnumType.STRING)
	@Column(name = "cara_salinan", nullable = false, length = 30)
	private CaraSalinan caraSalinan;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 30)
	private StatusPermohonan status;

	@Column(name = "diajukan_pada", nullable = false)
	private Instant diajukanPada;

	@Column(nullable = false)
	private Instant tenggat;

	@Column(name = "diregistrasi_pada")
	private Instant diregistrasiPada;

	@Column(name = "diregistrasi_oleh", length = 150)
	private String diregistrasiOleh;

	@Column(name = "diperpanjang_pada")
	private Instant diperpanjangPada;

	@Column(name = "alasan_perpanjangan", length = 2000)
	private String alasanPerpanjangan;

	@Column(name = "diteruskan_pada")
	private Instant diteruskanPada;

	@Column(length = 4000)
	private String pendapat;

	@Column(name = "pendapat_oleh", length = 150)
	private String pendapatOleh;

	@Column(name = "pendapat_pada")
	private Instant pendapatPada;

	@Column(name = "diputus_pada")
	private Instant diputusPada;

	@Column(name = "diputus_oleh", length = 150)
	private String diputusOleh;

	@Column(name = "catatan_keputusan", length = 4000)
	private String catatanKeputusan;

	@Column(name = "akses_berakhir")
	private Instant aksesBerakhir;

	@Enumerated(EnumType.STRING)
	@Column(name = "alasan_pengecualian", length = 30)
	private AlasanPengecualian alasanPengecualian;

	@Column(name = "uji_konsekuensi", length = 4000)
	private String ujiKonsekuensi;

	@Column(name = "keberatan_pada")
	private Instant keberatanPada;

	@Enumerated(EnumType.STRING)
	@Column(name = "alasan_keberatan", length = 30)
	private AlasanKeberatan alasanKeberatan;

	@Column(name = "uraian_keberatan", length = 4000)
	private String uraianKeberatan;

	@Column(name = "tenggat_keberatan")
	private Instant tenggatKeberatan;

	@Column(name = "keberatan_diputus_pada")
	private Instant keberatanDiputusPada;

	@Column(name = "keberatan_diputus_oleh", length = 150)
	private String keberatanDiputusOleh;

	@Column(name = "tanggapan_atasan", length = 4000)
	private String tanggapanAtasan;

	@Column(name = "dianonimkan_pada")
	private Instant dianonimkanPada;

	@Column(name = "diubah_pada", nullable = false)
	private Instant diubahPada;

	@Version
	@Column(nullable = false)
	private long version;

	protected Permohonan() {
	}

	/** The requester's identity and contact as they filled them in. */
	record Identitas(String nama, JenisIdentitas jenisIdentitas, String nomorIdentitas, String alamat, String telepon,
			String surel, String pekerjaan) {
	}

	/** What is asked for and how. */
	record Isi(String rincian, String tujuan, CaraMemperoleh caraMemperoleh, CaraSalinan caraSalinan) {
	}

	Permohonan(String nomor, long organisasiId, Long datasetId, String datasetJudul, long pemohonId, Identitas identitas,
			Isi isi, Instant now, Instant tenggat) {
		this.nomor = nomor;
		this.organisasiId = organisasiId;
		this.datasetId = datasetId;
		this.datasetJudul = datasetJudul;
		this.pemohonId = pemohonId;
		this.nama = identitas.nama();
		this.jenisIdentitas = identitas.jenisIdentitas();
		this.nomorIdentitas = identitas.nomorIdentitas();
		this.alamat = identitas.alamat();
		this.telepon = identitas.telepon();
		this.surel = identitas.surel();
		this.pekerjaan = identitas.pekerjaan();
		this.rincian = isi.rincian();
		this.tujuan = isi.tujuan();
		this.caraMemperoleh = isi.caraMemperoleh();
		this.caraSalinan = isi.caraSalinan();
		this.status = StatusPermohonan.DIAJUKAN;
		this.diajukanPada = now;
		this.tenggat = tenggat;
		this.diubahPada = now;
	}

	// ---- steps: each applies the status the machine answered ----------------------------------

	void registrasi(StatusPermohonan ke, String nomorRegister, String oleh, Instant now) {
		this.status = ke;
		this.nomorRegister = nomorRegister;
		this.diregistrasiOleh = oleh;
		this.diregistrasiPada = now;
		this.diubahPada = now;
	}

	void teruskan(StatusPermohonan ke, Instant now) {
		this.status = ke;
		this.diteruskanPada = now;
		this.diubahPada = now;
	}

	void beriPendapat(StatusPermohonan ke, String pendapat, String oleh, Instant now) {
		this.status = ke;
		this.pendapat = pendapat;
		this.pendapatOleh = oleh;
		this.pendapatPada = now;
		this.diubahPada = now;
	}

	void perpanjang(StatusPermohonan ke, String alasan, Instant tenggatBaru, Instant now) {
		this.status = ke;
		this.alasanPerpanjangan = alasan;
		this.diperpanjangPada = now;
		this.tenggat = tenggatBaru;
		this.diubahPada = now;
	}

	void kabulkan(StatusPermohonan ke, String catatan, Instant aksesBerakhir, String oleh, Instant now) {
		this.status = ke;
		this.catatanKeputusan = catatan;
		this.aksesBerakhir = aksesBerakhir;
		this.diputusOleh = oleh;
		this.diputusPada = now;
		this.diubahPada = now;
	}

	void tolak(StatusPermohonan ke, AlasanPengecualian alasan, String ujiKonsekuensi, String oleh, Instant now,
			Instant tenggatKeberatan) {
		this.status = ke;
		this.alasanPengecualian = alasan;
		this.ujiKonsekuensi = ujiKonsekuensi;
		this.diputusOleh = oleh;
		this.diputusPada = now;
		this.tenggatKeberatan = tenggatKeberatan;
		this.diubahPada = now;
	}

	void batalkan(StatusPermohonan ke, Instant now) {
		this.status = ke;
		this.diubahPada = now;
	}

	void ajukanKeberatan(StatusPermohonan ke, AlasanKeberatan alasan, String uraian, Instant now, Instant tenggatAtasan) {
		this.status = ke;
		this.alasanKeberatan = alasan;
		this.uraianKeberatan = uraian;
		this.keberatanPada = now;
		this.tenggat = tenggatAtasan;
		this.diubahPada = now;
	}

	void putusKeberatan(StatusPermohonan ke, String tanggapan, Instant aksesBerakhir, String oleh, Instant now) {
		this.status = ke;
		this.tanggapanAtasan = tanggapan;
		this.keberatanDiputusOleh = oleh;
		this.keberatanDiputusPada = now;
		if (aksesBerakhir != null) {
			this.aksesBerakhir = aksesBerakhir;
		}
		this.diubahPada = now;
	}

	/** Replaces the requester's personal data (UU PDP 27/2022); what was asked and decided stays for the reports. */
	void anonimkan(Instant now) {
		this.nama = ANONIM;
		this.nomorIdentitas = ANONIM;
		this.alamat = ANONIM;
		this.telepon = "-";
		this.surel = "-";
		this.pekerjaan = null;
		this.dianonimkanPada = now;
		this.diubahPada = now;
	}

	// ---- reading ------------------------------------------------------------------------------

	/** The working-day clock now running: the PPID's decision, or the superior's answer to an objection. */
	public boolean jamBerjalan() {
		return status.menungguPpid() || status == StatusPermohonan.KEBERATAN;
	}

	public boolean sudahDiperpanjang() {
		return diperpanjangPada != null;
	}

	public Long getId() {
		return id;
	}

	public String getNomor() {
		return nomor;
	}

	public String getNomorRegister() {
		return nomorRegister;
	}

	public long getOrganisasiId() {
		return organisasiId;
	}

	public Long getDatasetId() {
		return datasetId;
	}

	public String getDatasetJudul() {
		return datasetJudul;
	}

	public long getPemohonId() {
		return pemohonId;
	}

	public String getNama() {
		return nama;
	}

	public JenisIdentitas getJenisIdentitas() {
		return jenisIdentitas;
	}

	public String getNomorIdentitas() {
		return nomorIdentitas;
	}

	public String getAlamat() {
		return alamat;
	}

	public String getTelepon() {
		return telepon;
	}

	public String getSurel() {
		return surel;
	}

	public String getPekerjaan() {
		return pekerjaan;
	}

	public String getRincian() {
		return rincian;
	}

	public String getTujuan() {
		return tujuan;
	}

	public CaraMemperoleh getCaraMemperoleh() {
		return caraMemperoleh;
	}

	public CaraSalinan getCaraSalinan() {
		return caraSalinan;
	}

	public StatusPermohonan getStatus() {
		return status;
	}

	public Instant getDiajukanPada() {
		return diajukanPada;
	}

	public Instant getTenggat() {
		return tenggat;
	}

	public Instant getDiregistrasiPada() {
		return diregistrasiPada;
	}

	public String getDiregistrasiOleh() {
		return diregistrasiOleh;
	}

	public Instant getDiperpanjangPada() {
		return diperpanjangPada;
	}

	public String getAlasanPerpanjangan() {
		return alasanPerpanjangan;
	}

	public Instant getDiteruskanPada() {
		return diteruskanPada;
	}

	public String getPendapat() {
		return pendapat;
	}

	public String getPendapatOleh() {
		return pendapatOleh;
	}

	public Instant getPendapatPada() {
		return pendapatPada;
	}

	public Instant getDiputusPada() {
		return diputusPada;
	}

	public String getDiputusOleh() {
		return diputusOleh;
	}

	public String getCatatanKeputusan() {
		return catatanKeputusan;
	}

	public Instant getAksesBerakhir() {
		return aksesBerakhir;
	}

	public AlasanPengecualian getAlasanPengecualian() {
		return alasanPengecualian;
	}

	public String getUjiKonsekuensi() {
		return ujiKonsekuensi;
	}

	public Instant getKeberatanPada() {
		return keberatanPada;
	}

	public AlasanKeberatan getAlasanKeberatan() {
		return alasanKeberatan;
	}

	public String getUraianKeberatan() {
		return uraianKeberatan;
	}

	public Instant getTenggatKeberatan() {
		return tenggatKeberatan;
	}

	public Instant getKeberatanDiputusPada() {
		return keberatanDiputusPada;
	}

	public String getKeberatanDiputusOleh() {
		return keberatanDiputusOleh;
	}

	public String getTanggapanAtasan() {
		return tanggapanAtasan;
	}

	public Instant getDianonimkanPada() {
		return dianonimkanPada;
	}

	public Instant getDiubahPada() {
		return diubahPada;
	}

	public long getVersion() {
		return version;
	}

}
