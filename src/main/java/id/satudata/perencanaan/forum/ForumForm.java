package id.satudata.perencanaan.forum;

import java.time.LocalDate;
import java.time.LocalTime;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

/** The header of a Forum session (participants, decisions and follow-ups are added row by row). */
class ForumForm {

	@NotBlank(message = "{validasi.wajib}")
	@Size(max = 300, message = "{validasi.maks}")
	private String judul;

	@Size(max = 120, message = "{validasi.maks}")
	private String nomor;

	@NotNull(message = "{validasi.wajib}")
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate tanggal;

	@DateTimeFormat(pattern = "HH:mm")
	private LocalTime jamMulai;

	@DateTimeFormat(pattern = "HH:mm")
	private LocalTime jamSelesai;

	@Size(max = 300, message = "{validasi.maks}")
	private String tempat;

	@Size(max = 100, message = "{validasi.maks}")
	private String kota;

	@Size(max = 4000, message = "{validasi.maks}")
	private String agenda;

	@Size(max = 8000, message = "{validasi.maks}")
	private String pembahasan;

	@Size(max = 200, message = "{validasi.maks}")
	private String pimpinanNama;

	@Size(max = 200, message = "{validasi.maks}")
	private String pimpinanJabatan;

	@Size(max = 200, message = "{validasi.maks}")
	private String notulisNama;

	@Size(max = 200, message = "{validasi.maks}")
	private String notulisJabatan;

	private Long version;

	static ForumForm of(ForumSesi s) {
		ForumForm f = new ForumForm();
		f.judul = s.getJudul();
		f.nomor = s.getNomor();
		f.tanggal = s.getTanggal();
		f.jamMulai = s.getJamMulai();
		f.jamSelesai = s.getJamSelesai();
		f.tempat = s.getTempat();
		f.kota = s.getKota();
		f.agenda = s.getAgenda();
		f.pembahasan = s.getPembahasan();
		f.pimpinanNama = s.getPimpinanNama();
		f.pimpinanJabatan = s.getPimpinanJabatan();
		f.notulisNama = s.getNotulisNama();
		f.notulisJabatan = s.getNotulisJabatan();
		f.version = s.getVersion();
		return f;
	}

	public String getJudul() {
		return judul;
	}

	public void setJudul(String judul) {
		this.judul = judul;
	}

	public String getNomor() {
		return nomor;
	}

	public void setNomor(String nomor) {
		this.nomor = nomor;
	}

	public LocalDate getTanggal() {
		return tanggal;
	}

	public void setTanggal(LocalDate tanggal) {
		this.tanggal = tanggal;
	}

	public LocalTime getJamMulai() {
		return jamMulai;
	}

	public void setJamMulai(LocalTime jamMulai) {
		this.jamMulai = jamMulai;
	}

	public LocalTime getJamSelesai() {
		return jamSelesai;
	}

	public void setJamSelesai(LocalTime jamSelesai) {
		this.jamSelesai = jamSelesai;
	}

	public String getTempat() {
		return tempat;
	}

	public void setTempat(String tempat) {
		this.tempat = tempat;
	}

	public String getKota() {
		return kota;
	}

	public void setKota(String kota) {
		this.kota = kota;
	}

	public String getAgenda() {
		return agenda;
	}

	public void setAgenda(String agenda) {
		this.agenda = agenda;
	}

	public String getPembahasan() {
		return pembahasan;
	}

	public void setPembahasan(String pembahasan) {
		this.pembahasan = pembahasan;
	}

	public String getPimpinanNama() {
		return pimpinanNama;
	}

	public void setPimpinanNama(String pimpinanNama) {
		this.pimpinanNama = pimpinanNama;
	}

	public String getPimpinanJabatan() {
		return pimpinanJabatan;
	}

	public void setPimpinanJabatan(String pimpinanJabatan) {
		this.pimpinanJabatan = pimpinanJabatan;
	}

	public String getNotulisNama() {
		return notulisNama;
	}

	public void setNotulisNama(String notulisNama) {
		this.notulisNama = notulisNama;
	}

	public String getNotulisJabatan() {
		return notulisJabatan;
	}

	public void setNotulisJabatan(String notulisJabatan) {
		this.notulisJabatan = notulisJabatan;
	}

	public Long getVersion() {
		return version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}

}
