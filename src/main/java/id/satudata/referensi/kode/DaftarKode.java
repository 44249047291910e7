package id.satudata.referensi.kode;

import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A Kode Referensi list: its identity, who keeps it, and its current version. */
@Entity
@Table(name = "kode_referensi")
public class DaftarKode {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(nullable = false, length = 60, unique = true)
	private String slug;

	@Column(nullable = false, length = 200)
	private String nama;

	@Column(length = 4000)
	private String deskripsi;

	@Column(length = 200)
	private String sumber;

	@Column(name = "pemilik_organisasi_id")
	private Long pemilikOrganisasiId;

	@Column(nullable = false)
	private boolean hierarkis;

	@Column(nullable = false)
	private boolean publik;

	@Column(nullable = false)
	private int versi;

	@Column(name = "jumlah_kode", nullable = false)
	private int jumlahKode;

	@Column(name = "atribut_kolom", length = 1000)
	private String atributKolom;

	@Column(name = "dibuat_pada", nullable = false)
	private Instant dibuatPada;

	@Column(name = "diubah_pada", nullable = false)
	private Instant diubahPada;

	@Version
	private long version;

	protected DaftarKode() {
	}

	DaftarKode(String slug, String nama, Long pemilikOrganisasiId, Instant now) {
		this.slug = slug;
		this.nama = nama;
		this.pemilikOrganisasiId = pemilikOrganisasiId;
		this.dibuatPada = now;
		this.diubahPada = now;
		this.publik = true;
	}

	void ubah(String nama, String deskripsi, String sumber, boolean hierarkis, boolean publik, Instant now) {
		this.nama = nama;
		this.deskripsi = deskripsi;
		this.sumber = sumber;
		this.hierarkis = hierarkis;
		this.publik = publik;
		this.diubahPada = now;
	}

	/** Moves to the next version after a change to its codes. */
	int naikVersi(int jumlahKodeAktif, Set<String> atribut, Instant now) {
		versi++;
		jumlahKode = jumlahKodeAktif;
		Set<String> all = new LinkedHashSet<>(getAtributKolom());
		all.addAll(atribut);
		atributKolom = all.isEmpty() ? null : String.join(",", all);
		diubahPada = now;
		return versi;
	}

	public Long getId() {
		return id;
	}

	public String getSlug() {
		return slug;
	}

	public String getNama() {
		return nama;
	}

	public String getDeskripsi() {
		return deskripsi;
	}

	public String getSumber() {
		return sumber;
	}

	public Long getPemilikOrganisasiId() {
		return pemilikOrganisasiId;
	}

	public boolean isHierarkis() {
		return hierarkis;
	}

	public boolean isPublik() {
		return publik;
	}

	public int getVersi() {
		return versi;
	}

	public int getJumlahKode() {
		return jumlahKode;
	}

	public List<String> getAtributKolom() {
		return atributKolom == null || atributKolom.isBlank() ? List.of() : Arrays.asList(atributKolom.split(","));
	}

	public Instant getDiubahPada() {
		return diubahPada;
	}

	public long getVersion() {
		return version;
	}

}
