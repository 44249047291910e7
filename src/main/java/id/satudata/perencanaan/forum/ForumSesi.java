package id.satudata.perencanaan.forum;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

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
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.BatchSize;
import org.hibernate.annotations.Fetch;
import org.hibernate.annotations.FetchMode;

/**
 * A session of the Forum Satu Data, recorded by the Koordinator Forum: when and where, its agenda,
 * who took part, what was discussed, the decisions on Daftar Data entries and the follow-ups. While
 * a draft it can be changed; setting it (DITETAPKAN) applies the decisions and makes the follow-ups
 * Rencana Aksi. Its berita acara is generated as a PDF; the signed scan is kept with it.
 */
@Entity
@Table(name = "forum_sesi")
class ForumSesi {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "organisasi_id", nullable = false)
	private long organisasiId;

	@Column(nullable = false)
	private int tahun;

	@Column(nullable = false, length = 300)
	private String judul;

	/** The berita acara's number, e.g. 000.5/12/BAPPEDA/2026. */
	@Column(length = 120)
	private String nomor;

	@Column(nullable = false)
	private LocalDate tanggal;

	@Column(name = "jam_mulai")
	private LocalTime jamMulai;

	@Column(name = "jam_selesai")
	private LocalTime jamSelesai;

	@Column(length = 300)
	private String tempat;

	/** Where the berita acara is signed (the place line above the signatures). */
	@Column(length = 100)
	private String kota;

	@Column(length = 4000)
	private String agenda;

	@Column(length = 8000)
	private String pembahasan;

	@Column(name = "pimpinan_nama", length = 200)
	private String pimpinanNama;

	@Column(name = "pimpinan_jabatan", length = 200)
	private String pimpinanJabatan;

	@Column(name = "notulis_nama", length = 200)
	private String notulisNama;

	@Column(name = "notulis_jabatan", length = 200)
	private String notulisJabatan;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 20)
	private StatusForum status;

	@Column(name = "ditetapkan_oleh", length = 100)
	private String ditetapkanOleh;

	@Column(name = "ditetapkan_pada")
	private Instant ditetapkanPada;

	@Column(name = "scan_storage_key", length = 100)
	private String scanStorageKey;

	@Column(name = "scan_nama_berkas", length = 300)
	private String scanNamaBerkas;

	@Column(name = "scan_ukuran")
	private Long scanUkuran;

	@Column(name = "scan_diunggah_oleh", length = 100)
	private String scanDiunggahOleh;

	@Column(name = "scan_diunggah_pada")
	private Instant scanDiunggahPada;

	@Column(name = "dibuat_oleh", nullable = false, length = 100)
	private String dibuatOleh;

	@Column(name = "dibuat_pada", nullable = false)
	private Instant dibuatPada;

	@Column(name = "diubah_pada", nullable = false)
	private Instant diubahPada;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "forum_peserta", joinColumns = @JoinColumn(name = "forum_id"))
	@OrderColumn(name = "urutan")
	@BatchSize(size = 50)
	@Fetch(FetchMode.SELECT)
	private List<PesertaForum> peserta = new ArrayList<>();

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "forum_keputusan", joinColumns = @JoinColumn(name = "forum_id"))
	@OrderColumn(name = "urutan")
	@BatchSize(size = 50)
	@Fetch(FetchMode.SELECT)
	private List<KeputusanEntri> keputusan = new ArrayList<>();

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "forum_tindak_lanjut", joinColumns = @JoinColumn(name = "forum_id"))
	@OrderColumn(name = "urutan")
	@BatchSize(size = 50)
	@Fetch(FetchMode.SELECT)
	private List<TindakLanjutForum> tindakLanjut = new ArrayList<>();

	@Version
	private long version;

	protected ForumSesi() {
	}

	ForumSesi(long organisasiId, String dibuatOleh, Instant now) {
		this.organisasiId = organisasiId;
		this.status = StatusForum.DRAFT;
		this.dibuatOleh = dibuatOleh;
		this.dibuatPada = now;
		this.diubahPada = now;
	}

	void ubah(ForumForm f, Instant now) {
		this.judul = f.getJudul().strip();
		this.nomor = blank(f.getNomor());
		this.tanggal = f.getTanggal();
		this.tahun = f.getTanggal().getYear();
		this.jamMulai = f.getJamMulai();
		this.jamSelesai = f.getJamSelesai();
		this.tempat = blank(f.getTempat());
		this.kota = blank(f.getKota());
		this.agenda = blank(f.getAgenda());
		this.pembahasan = blank(f.getPembahasan());
		this.pimpinanNama = blank(f.getPimpinanNama());
		this.pimpinanJabatan = blank(f.getPimpinanJabatan());
		this.notulisNama = blank(f.getNotulisNama());
		this.notulisJabatan = blank(f.getNotulisJabatan());
		this.diubahPada = now;
	}

	void tambahPeserta(PesertaForum p, Instant now) {
		peserta.add(p);
		diubahPada = now;
	}

	void hapusPeserta(int index, Instant now) {
		peserta.remove(index);
		diubahPada = now;
	}

	void tambahKeputusan(KeputusanEntri k, Instant now) {
		keputusan.add(k);
		diubahPada = now;
	}

	void hapusKeputusan(int index, Instant now) {
		keputusan.remove(index);
		diubahPada = now;
	}

	void tambahTindakLanjut(TindakLanjutForum t, Instant now) {
		tindakLanjut.add(t);
		diubahPada = now;
	}

	void hapusTindakLanjut(int index, Instant now) {
		tindakLanjut.remove(index);
		diubahPada = now;
	}

	void tetapkan(String oleh, Instant now) {
		this.status = StatusForum.DITETAPKAN;
		this.ditetapkanOleh = oleh;
		this.ditetapkanPada = now;
		this.diubahPada = now;
	}

	void simpanScan(String key, String namaBerkas, long ukuran, String oleh, Instant now) {
		this.scanStorageKey = key;
		this.scanNamaBerkas = namaBerkas;
		this.scanUkuran = ukuran;
		this.scanDiunggahOleh = oleh;
		this.scanDiunggahPada = now;
		this.diubahPada = now;
	}

	public boolean draft() {
		return status == StatusForum.DRAFT;
	}

	private static String blank(String s) {
		return s == null || s.isBlank() ? null : s.strip();
	}

	public Long getId() {
		return id;
	}

	public long getOrganisasiId() {
		return organisasiId;
	}

	public int getTahun() {
		return tahun;
	}

	public String getJudul() {
		return judul;
	}

	public String getNomor() {
		return nomor;
	}

	public LocalDate getTanggal() {
		return tanggal;
	}

	public LocalTime getJamMulai() {
		return jamMulai;
	}

	public LocalTime getJamSelesai() {
		return jamSelesai;
	}

	public String getTempat() {
		return tempat;
	}

	public String getKota() {
		return kota;
	}

	public String getAgenda() {
		return agenda;
	}

	public String getPembahasan() {
		return pembahasan;
	}

	public String getPimpinanNama() {
		return pimpinanNama;
	}

	public String getPimpinanJabatan() {
		return pimpinanJabatan;
	}

	public String getNotulisNama() {
		return notulisNama;
	}

	public String getNotulisJabatan() {
		return notulisJabatan;
	}

	public StatusForum getStatus() {
		return status;
	}

	public String getDitetapkanOleh() {
		return ditetapkanOleh;
	}

	public Instant getDitetapkanPada() {
		return ditetapkanPada;
	}

	public String getScanStorageKey() {
		return scanStorageKey;
	}

	public String getScanNamaBerkas() {
		return scanNamaBerkas;
	}

	public Long getScanUkuran() {
		return scanUkuran;
	}

	public String getScanDiunggahOleh() {
		return scanDiunggahOleh;
	}

	public Instant getScanDiunggahPada() {
		return scanDiunggahPada;
	}

	public String getDibuatOleh() {
		return dibuatOleh;
	}

	public Instant getDibuatPada() {
		return dibuatPada;
	}

	public List<PesertaForum> getPeserta() {
		return List.copyOf(peserta);
	}

	public List<KeputusanEntri> getKeputusan() {
		return List.copyOf(keputusan);
	}

	public List<TindakLanjutForum> getTindakLanjut() {
		return tindakLanjut;
	}

	public long getVersion() {
		return version;
	}

}
