package id.satudata.layanan.rekomendasi;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** One checklist item as the Pembina Data found it. */
@Embeddable
class HasilButir {

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 40)
	private ButirPemeriksaan butir;

	@Column(nullable = false)
	private boolean terpenuhi;

	@Column(length = 1000)
	private String catatan;

	protected HasilButir() {
	}

	HasilButir(ButirPemeriksaan butir, boolean terpenuhi, String catatan) {
		this.butir = butir;
		this.terpenuhi = terpenuhi;
		this.catatan = catatan;
	}

	public ButirPemeriksaan getButir() {
		return butir;
	}

	public boolean isTerpenuhi() {
		return terpenuhi;
	}

	public String getCatatan() {
		return catatan;
	}

}
