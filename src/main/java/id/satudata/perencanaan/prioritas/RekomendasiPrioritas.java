package id.satudata.perencanaan.prioritas;

import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import id.satudata.perencanaan.daftardata.Entri;

/**
 * Bappeda's recommendation that an entry be Data Prioritas, justified against criteria; the Forum
 * decides (a session's priority decision on the entry accepts or rejects it).
 */
@Entity
@Table(name = "rekomendasi_prioritas")
public class RekomendasiPrioritas {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "entri_id", nullable = false)
	private long entriId;

	@Column(name = "organisasi_id", nullable = false)
	private long organisasiId;

	@Column(nullable = false)
	private int tahun;

	/** Criteria codes, comma-separated. */
	@Column(nullable = false, length = 500)
	private String kriteria;

	@Column(nullable = false, length = 4000)
	private String justifikasi;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 20)
	private StatusRekomendasiPrioritas status;

	@Column(name = "catatan_keputusan", length = 2000)
	private String catatanKeputusan;

	@Column(name = "forum_id")
	private Long forumId;

	@Column(name = "direkomendasikan_oleh", nullable = false, length = 100)
	private String direkomendasikanOleh;

	@Column(name = "direkomendasikan_pada", nullable = false)
	private Instant direkomendasikanPada;

	@Column(name = "diputuskan_pada")
	private Instant diputuskanPada;

	@Version
	private long version;

	protected RekomendasiPrioritas() {
	}

	RekomendasiPrioritas(Entri entri, Set<KriteriaPrioritas> kriteria, String justifikasi, String oleh, Instant now) {
		this.entriId = entri.getId();
		this.organisasiId = entri.getOrganisasiId();
		this.tahun = entri.getTahun();
		this.kriteria = kriteria.stream().map(Enum::name).sorted().collect(Collectors.joining(","));
		this.justifikasi = justifikasi.strip();
		this.status = StatusRekomendasiPrioritas.DIUSULKAN;
		this.direkomendasikanOleh = oleh;
		this.direkomendasikanPada = now;
	}

	void putuskan(boolean diterima, long forum, String catatan, Instant now) {
		this.status = diterima ? StatusRekomendasiPrioritas.DITERIMA : StatusRekomendasiPrioritas.DITOLAK;
		this.forumId = forum;
		this.catatanKeputusan = catatan == null || catatan.isBlank() ? null : catatan.strip();
		this.diputuskanPada = now;
	}

	public Set<KriteriaPrioritas> kriteriaSet() {
		Set<KriteriaPrioritas> out = EnumSet.noneOf(KriteriaPrioritas.class);
		Arrays.stream(kriteria.split(",")).filter(s -> !s.isBlank()).map(KriteriaPrioritas::valueOf).forEach(out::add);
		return out;
	}

	public Long getId() {
		return id;
	}

	public long getEntriId() {
		return entriId;
	}

	public long getOrganisasiId() {
		return organisasiId;
	}

	public int getTahun() {
		return tahun;
	}

	public String getJustifikasi() {
		return justifikasi;
	}

	public StatusRekomendasiPrioritas getStatus() {
		return status;
	}

	public String getCatatanKeputusan() {
		return catatanKeputusan;
	}

	public Long getForumId() {
		return forumId;
	}

	public String getDirekomendasikanOleh() {
		return direkomendasikanOleh;
	}

	public Instant getDirekomendasikanPada() {
		return direkomendasikanPada;
	}

	public Instant getDiputuskanPada() {
		return diputuskanPada;
	}

}
