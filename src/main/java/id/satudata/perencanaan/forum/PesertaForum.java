package id.satudata.perencanaan.forum;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A participant of a Forum session. */
@Embeddable
class PesertaForum {

	@Column(nullable = false, length = 200)
	private String nama;

	@Column(length = 200)
	private String jabatan;

	@Column(length = 300)
	private String instansi;

	protected PesertaForum() {
	}

	PesertaForum(String nama, String jabatan, String instansi) {
		this.nama = nama;
		this.jabatan = jabatan;
		this.instansi = instansi;
	}

	public String getNama() {
		return nama;
	}

	public String getJabatan() {
		return jabatan;
	}

	public String getInstansi() {
		return instansi;
	}

}
