package id.satudata.layanan.tiket;

/**
 * What every ticket's form asks, on the portal (anyone) and in the back office (staff recording a
 * ticket that came by another channel, with the time it arrived): to which service desk, the
 * subject and the description, who asks and how to reach them. The forms of requests and complaints
 * add their own fields; each binds only the fields it lists ({@code @InitBinder}), never a status,
 * holder or number.
 */
public abstract class FormTiket {

	private Long organisasiId;
	private String perihal;
	private String uraian;
	private String nama;
	/** The requester's agency (asked on the request form only). */
	private String instansi;
	private String surel;
	private String telepon;
	/** When a ticket recorded by staff arrived (local date-time, WIB). */
	private String diterimaPada;

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

	public String getDiterimaPada() {
		return diterimaPada;
	}

	public void setDiterimaPada(String diterimaPada) {
		this.diterimaPada = diterimaPada;
	}

}
