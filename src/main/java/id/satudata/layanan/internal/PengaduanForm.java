package id.satudata.layanan.internal;

/**
 * The complaint form: on the portal (anyone) and in the back office (staff recording a complaint
 * that came by WhatsApp, phone, e-mail, letter, in person, social media or from SP4N-LAPOR, with
 * its reference and the time it arrived).
 */
public class PengaduanForm {

	private Long organisasiId;
	private String perihal;
	private String uraian;
	private String nama;
	private String surel;
	private String telepon;
	private KanalPengaduan kanal;
	private String referensiKanal;
	private String diterimaPada;

	static final String[] FIELDS_PUBLIK = { "organisasiId", "perihal", "uraian", "nama", "surel", "telepon" };
	static final String[] FIELDS_STAF = { "organisasiId", "perihal", "uraian", "nama", "surel", "telepon", "kanal",
			"referensiKanal", "diterimaPada" };

	public Long getOrganisasiId() {
		return organisasiId;
	}

	public void setOrganisasiId(Long organisasiId) {
		this.organisasiId = organisasiId;
	}

	public String getPerihal() {
		return perihal;
	}

	public void setPerihal(String perihal) {
		this.perihal = perihal;
	}

	public String getUraian() {
		return uraian;
	}

	public void setUraian(String uraian) {
		this.uraian = uraian;
	}

	public String getNama() {
		return nama;
	}

	public void setNama(String nama) {
		this.nama = nama;
	}

	public String getSurel() {
		return surel;
	}

	public void setSurel(String surel) {
		this.surel = surel;
	}

	public String getTelepon() {
		return telepon;
	}

	public void setTelepon(String telepon) {
		this.telepon = telepon;
	}

	public KanalPengaduan getKanal() {
		return kanal;
	}

	public void setKanal(KanalPengaduan kanal) {
		this.kanal = kanal;
	}

	public String getReferensiKanal() {
		return referensiKanal;
	}

	public void setReferensiKanal(String referensiKanal) {
		this.referensiKanal = referensiKanal;
	}

	public String getDiterimaPada() {
		return diterimaPada;
	}

	public void setDiterimaPada(String diterimaPada) {
		this.diterimaPada = diterimaPada;
	}

}
