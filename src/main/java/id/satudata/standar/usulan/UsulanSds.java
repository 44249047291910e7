package id.satudata.standar.usulan;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
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

import id.satudata.standar.JenisStandar;
import id.satudata.standar.sds.IsiStandar;
import id.satudata.standar.sds.Kategori;

/**
 * A proposal for a new standard (or a new version of one): its content, why existing standards do
 * not fit, who proposes it, the organizations of the levels it climbs (fixed when it is submitted),
 * and where it stands ({@link AlurUsulanSds}).
 */
@Entity
@Table(name = "usulan_sds")
class UsulanSds {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 20)
	private JenisStandar jenis;

	@Embedded
	private IsiStandar isi;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "usulan_sds_kategori", joinColumns = @JoinColumn(name = "usulan_id"))
	@OrderColumn(name = "urutan")
	private List<Kategori> kategori = new ArrayList<>();

	/** For an update: the code of the standard it revises. */
	@Column(name = "kode_diperbarui", length = 40)
	private String kodeDiperbarui;

	/** Why no existing standard fits (required when similar ones exist). */
	@Column(name = "alasan_baru", length = 2000)
	private String alasanBaru;

	/** The codes of the similar standards shown to the producer when it was last saved. */
	@Column(length = 1000)
	private String mirip;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 30)
	private StatusUsulan status;

	@Column(name = "pengusul_id", nullable = false)
	private long pengusulId;

	@Column(name = "pengusul_nama", nullable = false, length = 200)
	private String pengusulNama;

	@Column(name = "organisasi_id", nullable = false)
	private long organisasiId;

	@Column(name = "unit_id", nullable = false)
	private long unitId;

	@Column(name = "org_kabupaten_id")
	private Long orgKabupatenId;

	@Column(name = "org_provinsi_id")
	private Long orgProvinsiId;

	@Column(name = "org_pusat_id")
	private Long orgPusatId;

	@Column(name = "org_pembina_id")
	private Long orgPembinaId;

	/** The review levels it passes, comma-separated ({@link TingkatUsulan} names). */
	@Column(name = "tingkat_aktif", length = 200)
	private String tingkatAktif;

	/** When it reached its current status (the handling clock of the current step starts here). */
	@Column(name = "masuk_pada", nullable = false)
	private Instant masukPada;

	@Column(name = "standar_kode", length = 40)
	private String standarKode;

	@Column(name = "dibuat_pada", nullable = false)
	private Instant dibuatPada;

	@Column(name = "diubah_pada", nullable = false)
	private Instant diubahPada;

	@Version
	private long version;

	protected UsulanSds() {
	}

	UsulanSds(JenisStandar jenis, long pengusulId, String pengusulNama, long organisasiId, long unitId, Instant now) {
		this.jenis = jenis;
		this.pengusulId = pengusulId;
		this.pengusulNama = pengusulNama;
		this.organisasiId = organisasiId;
		this.unitId = unitId;
		this.status = StatusUsulan.DRAFT;
		this.dibuatPada = now;
		this.diubahPada = now;
		this.masukPada = now;
	}

	void ubahIsi(IsiStandar isi, List<Kategori> kategori, String kodeDiperbarui, String alasanBaru, String mirip,
			Instant now) {
		this.isi = isi;
		this.kategori.clear();
		this.kategori.addAll(kategori);
		this.kodeDiperbarui = kodeDiperbarui;
		this.alasanBaru = alasanBaru;
		this.mirip = mirip;
		this.diubahPada = now;
	}

	void tetapkanJenjang(Long kab, Long prov, Long pusat, Long pembina, Set<TingkatUsulan> aktif) {
		this.orgKabupatenId = kab;
		this.orgProvinsiId = prov;
		this.orgPusatId = pusat;
		this.orgPembinaId = pembina;
		this.tingkatAktif = aktif.stream().map(Enum::name).sorted().collect(Collectors.joining(","));
	}

	void pindah(StatusUsulan ke, Instant now) {
		this.status = ke;
		this.masukPada = now;
		this.diubahPada = now;
	}

	void disetujuiSebagai(String kode) {
		this.standarKode = kode;
	}

	AlurUsulanSds.Konteks konteks() {
		Set<TingkatUsulan> aktif = EnumSet.noneOf(TingkatUsulan.class);
		if (tingkatAktif != null && !tingkatAktif.isBlank()) {
			Arrays.stream(tingkatAktif.split(",")).map(TingkatUsulan::valueOf).forEach(aktif::add);
		}
		return new AlurUsulanSds.Konteks(aktif);
	}

	/** The organization of a level, or null when this proposal does not pass it. */
	Long organisasi(TingkatUsulan t) {
		return switch (t) {
			case WALIDATA_KABUPATEN -> orgKabupatenId;
			case WALIDATA_PROVINSI -> orgProvinsiId;
			case WALIDATA_PUSAT -> orgPusatId;
			case PEMBINA_PUSAT -> orgPembinaId;
		};
	}

	public Long getId() {
		return id;
	}

	public JenisStandar getJenis() {
		return jenis;
	}

	public IsiStandar getIsi() {
		return isi;
	}

	public List<Kategori> getKategori() {
		return List.copyOf(kategori);
	}

	public String getKodeDiperbarui() {
		return kodeDiperbarui;
	}

	public String getAlasanBaru() {
		return alasanBaru;
	}

	public List<String> getMirip() {
		return mirip == null || mirip.isBlank() ? List.of() : List.of(mirip.split(","));
	}

	public StatusUsulan getStatus() {
		return status;
	}

	public long getPengusulId() {
		return pengusulId;
	}

	public String getPengusulNama() {
		return pengusulNama;
	}

	public long getOrganisasiId() {
		return organisasiId;
	}

	public long getUnitId() {
		return unitId;
	}

	public Instant getMasukPada() {
		return masukPada;
	}

	public String getStandarKode() {
		return standarKode;
	}

	public Instant getDibuatPada() {
		return dibuatPada;
	}

	public Instant getDiubahPada() {
		return diubahPada;
	}

	public long getVersion() {
		return version;
	}

}
