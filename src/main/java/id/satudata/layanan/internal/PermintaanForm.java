package id.satudata.layanan.internal;

/**
 * The request form: on the portal (anyone) and in the back office (staff recording a request that
 * came by e-mail, phone, chat, letter or in person, with the channel and the time it arrived).
 * Only these fields are bound ({@code @InitBinder}); status, holder and number are never taken from it.
 */
public class PermintaanForm {

	private Long organisasiId;
	private JenisLayanan jenis;
	private String perihal;
	private String uraian;
	private String nama;
	private String instansi;
	private String surel;
	private String telepon;
	private KanalPermintaan kanal;
	private String diterimaPada;

	static final String[] FIELDS_PUBLIK = { "organisasiId", "jenis", "perihal", "uraian", "nama", "instansi", "surel",
			"telepon" };
	static final String[] FIELDS_STAF = { "organisasiId", "jenis", "perihal", "uraian", "nama", "instansi", "surel",
			"telepon", "kanal", "diterimaPada" };

	public Long getOrganisasiId() {
		return organisasiId;
	}

	public void setOrganisasiId(Long organisasiId) {
		this.organisasiId = organisasiId;
	}

	public JenisLayanan getJenis() {
		return jenis;
	}

	public void setJenis(JenisLayanan jenis) {
		this.jenis = jenis;
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

	public String getInstansi() {
		return instansi;
	}

	public void setInstansi(String instansi) {
		this.instansi = instansi;
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

	public KanalPermintaan getKanal() {
		return kanal;
	}

	public void setKanal(KanalPermintaan kanal) {
		this.kanal = kanal;
	}

	public String getDiterimaPada() {
		return diterimaPada;
	}

	public void setDiterimaPada(String diterimaPada) {
		this.diterimaPada = diterimaPada;
	}

}
