package id.satudata.layanan.rekomendasi;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A request for a recommendation of a sectoral statistical activity (PP 51/1999): the request
 * letter's fields (1)–(8) of Lampiran 1, the activity's design (its MS-Keg, kept by module
 * {@code standar} and referenced by id), the questionnaire (an attachment), the Pembina Data's
 * checklist and decision, and the recommendation letter once it is declared layak.
 * {@link AlurRekomendasi} decides which step may follow.
 */
@Entity(name = "LayananRekomendasi")
@Table(name = "layanan_rekomendasi")
class Rekomendasi {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(nullable = false, length = 20, unique = true)
	private String nomor;

	@Column(name = "organisasi_id", nullable = false)
	private long organisasiId;

	@Column(name = "pemohon_unit_id", nullable = false)
	private long pemohonUnitId;

	@Column(name = "pembuat_id", nullable = false)
	private long pembuatId;

	@Column(name = "pembuat_nama", nullable = false, length = 150)
	private String pembuatNama;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 20)
	private StatusRekomendasi status;

	/** (1) where the letter is written. */
	@Column(length = 100)
	private String lokasi;

	/** (2) the letter's date. */
	@Column(name = "tanggal_surat")
	private LocalDate tanggalSurat;

	/** (3) the letter's number at the requesting agency. */
	@Column(name = "nomor_surat", length = 100)
	private String nomorSurat;

	/** (4) the organizing unit (eselon 2). */
	@Column(name = "unit_penyelenggara", length = 200)
	private String unitPenyelenggara;

	/** (5) the title of the activity. */
	@Column(name = "judul_kegiatan", nullable = false, length = 300)
	private String judulKegiatan;

	/** (6) the signatory's position. */
	@Column(name = "jabatan_penandatangan", length = 200)
	private String jabatanPenandatangan;

	/** (7) the signatory's name. */
	@Column(name = "nama_penandatangan", length = 150)
	private String namaPenandatangan;

	/** (8) copies to, one per line. */
	@Column(length = 1000)
	private String tembusan;

	@Column(name = "ms_keg_id")
	private Long msKegId;

	@Column(name = "jumlah_pengajuan", nullable = false)
	private int jumlahPengajuan;

	@Column(name = "diajukan_pada")
	private Instant diajukanPada;

	@Column
	private Instant tenggat;

	@Column(name = "pemeriksa_id")
	private Long pemeriksaId;

	@Column(name = "pemeriksa_nama", length = 150)
	private String pemeriksaNama;

	@Column(name = "catatan_pemeriksaan", length = 4000)
	private String catatanPemeriksaan;

	@Column(name = "nomor_rekomendasi", length = 100, unique = true)
	private String nomorRekomendasi;

	@Column(name = "tanggal_rekomendasi")
	private LocalDate tanggalRekomendasi;

	@Column(name = "lokasi_penetapan", length = 100)
	private String lokasiPenetapan;

	@Column(length = 4000)
	private String saran;

	@Column(name = "jabatan_penetap", length = 200)
	private String jabatanPenetap;

	@Column(name = "nama_penetap", length = 150)
	private String namaPenetap;

	@Column(name = "surat_rekomendasi_key", length = 100)
	private String suratRekomendasiKey;

	@Column(name = "ditetapkan_pada")
	private Instant ditetapkanPada;

	@Column(name = "dibuat_pada", nullable = false)
	private Instant dibuatPada;

	@Column(name = "diubah_pada", nullable = false)
	private Instant diubahPada;

	@Version
	private long version;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "layanan_rekomendasi_butir", joinColumns = @JoinColumn(name = "rekomendasi_id"))
	private List<HasilButir> butir = new ArrayList<>();

	protected Rekomendasi() {
	}

	Rekomendasi(String nomor, long organisasiId, long pemohonUnitId, long pembuatId, String pembuatNama,
			String judulKegiatan, Instant now) {
		this.nomor = nomor;
		this.organisasiId = organisasiId;
		this.pemohonUnitId = pemohonUnitId;
		this.pembuatId = pembuatId;
		this.pembuatNama = pembuatNama;
		this.judulKegiatan = judulKegiatan;
		this.status = StatusRekomendasi.DRAFT;
		this.dibuatPada = now;
		this.diubahPada = now;
	}

	void ubahSurat(Surat surat, Instant now) {
		this.lokasi = surat.lokasi();
		this.tanggalSurat = surat.tanggal();
		this.nomorSurat = surat.nomor();
		this.unitPenyelenggara = surat.unit();
		this.judulKegiatan = surat.judul();
		this.jabatanPenandatangan = surat.jabatan();
		this.namaPenandatangan = surat.nama();
		this.tembusan = surat.tembusan();
		this.diubahPada = now;
	}

	/** The request letter's fields (1)–(8). */
	record Surat(String lokasi, LocalDate tanggal, String nomor, String unit, String judul, String jabatan, String nama,
			String tembusan) {
	}

	/** The recommendation letter's fields: number, place, date, advice, signatory. */
	record Keputusan(String nomor, String lokasi, LocalDate tanggal, String saran, String jabatan, String nama) {
	}

	void hubungkanMsKeg(long msKegId, Instant now) {
		this.msKegId = msKegId;
		this.diubahPada = now;
	}

	/** Whether the letter's fields (1)–(7) are filled ((8), copies, is optional). */
	boolean suratLengkap() {
		return isi(lokasi) && tanggalSurat != null && isi(nomorSurat) && isi(unitPenyelenggara) && isi(judulKegiatan)
				&& isi(jabatanPenandatangan) && isi(namaPenandatangan);
	}

	/** Submitted ({@code ke}: the machine's answer): the Pembina Data's clock starts, due at {@code tenggat}. */
	void ajukan(StatusRekomendasi ke, Instant now, Instant tenggat) {
		this.status = ke;
		this.diajukanPada = now;
		this.tenggat = tenggat;
		this.jumlahPengajuan++;
		this.diubahPada = now;
	}

	void periksa(StatusRekomendasi ke, long pemeriksaId, String pemeriksaNama, Instant now) {
		this.status = ke;
		this.pemeriksaId = pemeriksaId;
		this.pemeriksaNama = pemeriksaNama;
		this.diubahPada = now;
	}

	void isiButir(List<HasilButir> hasil, Instant now) {
		this.butir.clear();
		this.butir.addAll(hasil);
		this.diubahPada = now;
	}

	boolean semuaButirTerpenuhi() {
		Set<ButirPemeriksaan> ok = EnumSet.noneOf(ButirPemeriksaan.class);
		butir.stream().filter(HasilButir::isTerpenuhi).forEach(b -> ok.add(b.getButir()));
		return ok.containsAll(EnumSet.allOf(ButirPemeriksaan.class));
	}

	void kembalikan(StatusRekomendasi ke, String catatan, long olehId, String olehNama, Instant now) {
		this.status = ke;
		this.catatanPemeriksaan = catatan;
		this.pemeriksaId = olehId;
		this.pemeriksaNama = olehNama;
		this.diubahPada = now;
	}

	/** Declared layak ({@code ke}: the machine's answer) with the recommendation letter's fields. */
	void tetapkan(StatusRekomendasi ke, Keputusan keputusan, long olehId, String olehNama, Instant now) {
		this.status = ke;
		this.nomorRekomendasi = keputusan.nomor();
		this.lokasiPenetapan = keputusan.lokasi();
		this.tanggalRekomendasi = keputusan.tanggal();
		this.saran = keputusan.saran();
		this.jabatanPenetap = keputusan.jabatan();
		this.namaPenetap = keputusan.nama();
		this.pemeriksaId = olehId;
		this.pemeriksaNama = olehNama;
		this.ditetapkanPada = now;
		this.diubahPada = now;
	}

	void simpanSurat(String key) {
		this.suratRekomendasiKey = key;
	}

	void batalkan(StatusRekomendasi ke, Instant now) {
		this.status = ke;
		this.diubahPada = now;
	}

	boolean tepatWaktu() {
		return status == StatusRekomendasi.LAYAK && tenggat != null && !ditetapkanPada.isAfter(tenggat);
	}

	private static boolean isi(String s) {
		return s != null && !s.isBlank();
	}

	public Long getId() {
		return id;
	}

	public String getNomor() {
		return nomor;
	}

	public long getOrganisasiId() {
		return organisasiId;
	}

	public long getPemohonUnitId() {
		return pemohonUnitId;
	}

	public long getPembuatId() {
		return pembuatId;
	}

	public String getPembuatNama() {
		return pembuatNama;
	}

	public StatusRekomendasi getStatus() {
		return status;
	}

	public String getLokasi() {
		return lokasi;
	}

	public LocalDate getTanggalSurat() {
		return tanggalSurat;
	}

	public String getNomorSurat() {
		return nomorSurat;
	}

	public String getUnitPenyelenggara() {
		return unitPenyelenggara;
	}

	public String getJudulKegiatan() {
		return judulKegiatan;
	}

	public String getJabatanPenandatangan() {
		return jabatanPenandatangan;
	}

	public String getNamaPenandatangan() {
		return namaPenandatangan;
	}

	public String getTembusan() {
		return tembusan;
	}

	public List<String> getDaftarTembusan() {
		return tembusan == null ? List.of() : tembusan.lines().map(String::strip).filter(s -> !s.isEmpty()).toList();
	}

	public Long getMsKegId() {
		return msKegId;
	}

	public int getJumlahPengajuan() {
		return jumlahPengajuan;
	}

	public Instant getDiajukanPada() {
		return diajukanPada;
	}

	public Instant getTenggat() {
		return tenggat;
	}

	public Long getPemeriksaId() {
		return pemeriksaId;
	}

	public String getPemeriksaNama() {
		return pemeriksaNama;
	}

	public String getCatatanPemeriksaan() {
		return catatanPemeriksaan;
	}

	public String getNomorRekomendasi() {
		return nomorRekomendasi;
	}

	public LocalDate getTanggalRekomendasi() {
		return tanggalRekomendasi;
	}

	public String getLokasiPenetapan() {
		return lokasiPenetapan;
	}

	public String getSaran() {
		return saran;
	}

	public String getJabatanPenetap() {
		return jabatanPenetap;
	}

	public String getNamaPenetap() {
		return namaPenetap;
	}

	public String getSuratRekomendasiKey() {
		return suratRekomendasiKey;
	}

	public Instant getDitetapkanPada() {
		return ditetapkanPada;
	}

	public Instant getDibuatPada() {
		return dibuatPada;
	}

	public List<HasilButir> getButir() {
		return butir;
	}

	public long getVersion() {
		return version;
	}

}
