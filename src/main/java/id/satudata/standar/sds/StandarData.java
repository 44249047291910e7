package id.satudata.standar.sds;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

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

import org.hibernate.annotations.BatchSize;

import id.satudata.standar.JenisStandar;
import id.satudata.standar.StatusStandar;

/**
 * One version of a standard in the SDS catalogue: its code (the same across versions), version,
 * owner (the Pembina Data who keeps it), status and content.
 */
@Entity
@Table(name = "standar_data")
public class StandarData {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 20)
	private JenisStandar jenis;

	@Column(nullable = false, length = 40)
	private String kode;

	@Column(nullable = false)
	private int versi;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 20)
	private StatusStandar status;

	@Column(name = "nama_normal", nullable = false, length = 300)
	private String namaNormal;

	@Embedded
	private IsiStandar isi;

	@Column(name = "pemilik_nama", nullable = false, length = 200)
	private String pemilikNama;

	@Column(name = "pemilik_organisasi_id")
	private Long pemilikOrganisasiId;

	/** For a Klasifikasi: the Kode Referensi list its categories are published as. */
	@Column(name = "kode_referensi", length = 60)
	private String kodeReferensi;

	@Column(name = "usulan_id")
	private Long usulanId;

	@Column(name = "diterbitkan_pada", nullable = false)
	private Instant diterbitkanPada;

	@Column(name = "diubah_pada", nullable = false)
	private Instant diubahPada;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "standar_kategori", joinColumns = @JoinColumn(name = "standar_id"))
	@OrderColumn(name = "urutan")
	@BatchSize(size = 100)
	private List<Kategori> kategori = new ArrayList<>();

	@Version
	private long version;

	protected StandarData() {
	}

	StandarData(JenisStandar jenis, String kode, int versi, IsiStandar isi, List<Kategori> kategori, String pemilikNama,
			Long pemilikOrganisasiId, Long usulanId, Instant now) {
		this.jenis = jenis;
		this.kode = kode;
		this.versi = versi;
		this.status = StatusStandar.BERLAKU;
		this.isi = isi;
		this.namaNormal = KemiripanNama.normal(isi.getNama());
		this.kategori.addAll(kategori);
		this.pemilikNama = pemilikNama;
		this.pemilikOrganisasiId = pemilikOrganisasiId;
		this.usulanId = usulanId;
		this.diterbitkanPada = now;
		this.diubahPada = now;
	}

	void gantiStatus(StatusStandar status, Instant now) {
		this.status = status;
		this.diubahPada = now;
	}

	void terbitSebagai(String kodeReferensi) {
		this.kodeReferensi = kodeReferensi;
	}

	public Long getId() {
		return id;
	}

	public JenisStandar getJenis() {
		return jenis;
	}

	public String getKode() {
		return kode;
	}

	public int getVersi() {
		return versi;
	}

	public StatusStandar getStatus() {
		return status;
	}

	public String getNamaNormal() {
		return namaNormal;
	}

	public IsiStandar getIsi() {
		return isi;
	}

	public String getNama() {
		return isi.getNama();
	}

	public String getPemilikNama() {
		return pemilikNama;
	}

	public Long getPemilikOrganisasiId() {
		return pemilikOrganisasiId;
	}

	public String getKodeReferensi() {
		return kodeReferensi;
	}

	public Long getUsulanId() {
		return usulanId;
	}

	public Instant getDiterbitkanPada() {
		return diterbitkanPada;
	}

	public Instant getDiubahPada() {
		return diubahPada;
	}

	public List<Kategori> getKategori() {
		return List.copyOf(kategori);
	}

	public long getVersion() {
		return version;
	}

}
