package id.satudata.referensi.kode;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

/** The form for one code. The code itself is only read when adding. */
class KodeForm {

	@NotBlank(message = "{validasi.wajib}")
	@Pattern(regexp = "[\\p{L}\\p{N}._/\\-]{1,50}", message = "{impor.galat.kodeTidakValid}")
	private String kode;

	@NotBlank(message = "{validasi.wajib}")
	@Size(max = 500, message = "{validasi.maks}")
	private String nama;

	@Size(max = 50, message = "{validasi.maks}")
	private String kodeInduk;

	@Size(max = 50, message = "{validasi.maks}")
	private String tingkat;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate berlakuMulai;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate berlakuSampai;

	public String getKode() {
		return kode;
	}

	public void setKode(String kode) {
		this.kode = kode;
	}

	public String getNama() {
		return nama;
	}

	public void setNama(String nama) {
		this.nama = nama;
	}

	public String getKodeInduk() {
		return kodeInduk;
	}

	public void setKodeInduk(String kodeInduk) {
		this.kodeInduk = kodeInduk;
	}

	public String getTingkat() {
		return tingkat;
	}

	public void setTingkat(String tingkat) {
		this.tingkat = tingkat;
	}

	public LocalDate getBerlakuMulai() {
		return berlakuMulai;
	}

	public void setBerlakuMulai(LocalDate berlakuMulai) {
		this.berlakuMulai = berlakuMulai;
	}

	public LocalDate getBerlakuSampai() {
		return berlakuSampai;
	}

	public void setBerlakuSampai(LocalDate berlakuSampai) {
		this.berlakuSampai = berlakuSampai;
	}

	static KodeForm of(KodeItem item) {
		KodeForm f = new KodeForm();
		f.kode = item.kode();
		f.nama = item.nama();
		f.kodeInduk = item.kodeInduk();
		f.tingkat = item.tingkat();
		f.berlakuMulai = item.berlakuMulai();
		f.berlakuSampai = item.berlakuSampai();
		return f;
	}

}
