package id.satudata.perencanaan.forum;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import id.satudata.katalog.Akses;

/** One decision of a Forum session on one entry: its status, its priority, its access level. */
@Embeddable
class KeputusanEntri {

	@Column(name = "entri_id", nullable = false)
	private long entriId;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 20)
	private KeputusanForum keputusan;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 10)
	private PrioritasForum prioritas;

	/** A new access level ({@code null}: unchanged). */
	@Enumerated(EnumType.STRING)
	@Column(length = 20)
	private Akses akses;

	@Column(length = 2000)
	private String catatan;

	protected KeputusanEntri() {
	}

	KeputusanEntri(long entriId, KeputusanForum keputusan, PrioritasForum prioritas, Akses akses, String catatan) {
		this.entriId = entriId;
		this.keputusan = keputusan;
		this.prioritas = prioritas;
		this.akses = akses;
		this.catatan = catatan == null || catatan.isBlank() ? null : catatan.strip();
	}

	public long getEntriId() {
		return entriId;
	}

	public KeputusanForum getKeputusan() {
		return keputusan;
	}

	public PrioritasForum getPrioritas() {
		return prioritas;
	}

	public Akses getAkses() {
		return akses;
	}

	public String getCatatan() {
		return catatan;
	}

}
