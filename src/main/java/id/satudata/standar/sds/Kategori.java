package id.satudata.standar.sds;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** One category of a Klasifikasi: its code, label and (in a hierarchy) the parent's code. */
@Embeddable
public class Kategori {

	@Column(nullable = false, length = 50)
	private String kode;

	@Column(nullable = false, length = 500)
	private String label;

	@Column(name = "kode_induk", length = 50)
	private String kodeInduk;

	protected Kategori() {
	}

	Kategori(String kode, String label, String kodeInduk) {
		this.kode = kode;
		this.label = label;
		this.kodeInduk = kodeInduk;
	}

	public String getKode() {
		return kode;
	}

	public String getLabel() {
		return label;
	}

	public String getKodeInduk() {
		return kodeInduk;
	}

}
