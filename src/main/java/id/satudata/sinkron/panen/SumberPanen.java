package id.satudata.sinkron.panen;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import id.satudata.sinkron.internal.KlienAman;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A portal this one harvests: registered by the Walidata of {@code organisasiId} (or an administrator). */
@Entity
@Table(name = "sinkron_sumber_panen")
public class SumberPanen {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(nullable = false, length = 200)
	private String nama;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 20)
	private JenisSumber jenis;

	/** The portal's base URL (CKAN: where /api/3 lives; DCAT: the catalogue's URL). */
	@Column(name = "url_dasar", nullable = false, length = 500)
	private String urlDasar;

	@Column(name = "organisasi_id", nullable = false)
	private long organisasiId;

	/** The local producer for the source's organizations that are mapped to none. */
	@Column(name = "unit_bawaan_id")
	private Long unitBawaanId;

	/** Only these source organizations (names, comma-separated); empty: all. */
	@Column(name = "filter_organisasi", length = 1000)
	private String filterOrganisasi;

	/** Hours between scheduled runs; null: by hand only. */
	@Column(name = "interval_jam")
	private Integer intervalJam;

	@Column(nullable = false)
	private boolean aktif = true;

	@Column(name = "impor_tabel", nullable = false)
	private boolean imporTabel = true;

	@Column(name = "terakhir_jalan")
	private Instant terakhirJalan;

	@Column(name = "dibuat_pada", nullable = false)
	private Instant dibuatPada;

	@Version
	private long version;

	protected SumberPanen() {
	}

	SumberPanen(long organisasiId, Instant now) {
		this.organisasiId = organisasiId;
		this.dibuatPada = now;
	}

	void ubah(SumberForm f) {
		this.nama = f.getNama().strip();
		this.jenis = f.getJenis();
		this.urlDasar = SumberForm.normalUrl(f.getUrlDasar());
		this.unitBawaanId = f.getUnitBawaanId();
		this.filterOrganisasi = f.getFilterOrganisasi() == null || f.getFilterOrganisasi().isBlank() ? null
				: String.join(",", f.filterList());
		this.intervalJam = f.getIntervalJam();
		this.aktif = f.isAktif();
		this.imporTabel = f.isImporTabel();
	}

	void dijalankan(Instant now) {
		this.terakhirJalan = now;
	}

	/** Whether a scheduled run is due. */
	boolean jatuhTempo(Instant now) {
		return aktif && intervalJam != null && intervalJam > 0
				&& (terakhirJalan == null || !terakhirJalan.plus(Duration.ofHours(intervalJam)).isAfter(now));
	}

	public URI uri() {
		return URI.create(urlDasar);
	}

	/** The only origins requests of this source may go to. */
	public Set<String> asal() {
		return Set.of(KlienAman.asal(uri()));
	}

	public List<String> filterList() {
		return filterOrganisasi == null ? List.of()
				: Arrays.stream(filterOrganisasi.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
	}

	public Long getId() {
		return id;
	}

	public String getNama() {
		return nama;
	}

	public JenisSumber getJenis() {
		return jenis;
	}

	public String getUrlDasar() {
		return urlDasar;
	}

	public long getOrganisasiId() {
		return organisasiId;
	}

	public Long getUnitBawaanId() {
		return unitBawaanId;
	}

	public String getFilterOrganisasi() {
		return filterOrganisasi;
	}

	public Integer getIntervalJam() {
		return intervalJam;
	}

	public boolean isAktif() {
		return aktif;
	}

	public boolean isImporTabel() {
		return imporTabel;
	}

	public Instant getTerakhirJalan() {
		return terakhirJalan;
	}

	public Instant getDibuatPada() {
		return dibuatPada;
	}

	public long getVersion() {
		return version;
	}

}
