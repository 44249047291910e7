package id.satudata.sinkron.panen;

import java.net.URI;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** The form of a harvest source. */
public class SumberForm {

	@NotBlank(message = "{validasi.wajib}")
	@Size(max = 200)
	private String nama;

	@NotNull(message = "{validasi.wajib}")
	private JenisSumber jenis = JenisSumber.SATU_DATA;

	@NotBlank(message = "{validasi.wajib}")
	@Size(max = 500)
	@Pattern(regexp = "^$|(?i)https?://[^\\s/?#@]+(/[^\\s?#]*)?", message = "{panen.validasi.url}")
	private String urlDasar;

	private Long organisasiId;

	private Long unitBawaanId;

	@Size(max = 1000)
	private String filterOrganisasi;

	@Min(value = 1, message = "{panen.validasi.interval}")
	@Max(value = 24 * 31, message = "{panen.validasi.interval}")
	private Integer intervalJam;

	private boolean aktif = true;

	private boolean imporTabel = true;

	public static SumberForm of(SumberPanen s) {
		SumberForm f = new SumberForm();
		f.nama = s.getNama();
		f.jenis = s.getJenis();
		f.urlDasar = s.getUrlDasar();
		f.organisasiId = s.getOrganisasiId();
		f.unitBawaanId = s.getUnitBawaanId();
		f.filterOrganisasi = s.getFilterOrganisasi();
		f.intervalJam = s.getIntervalJam();
		f.aktif = s.isAktif();
		f.imporTabel = s.isImporTabel();
		return f;
	}

	/** A base URL without a trailing slash, scheme and host in lower case. */
	static String normalUrl(String url) {
		String u = url.strip();
		while (u.endsWith("/")) {
			u = u.substring(0, u.length() - 1);
		}
		URI uri = URI.create(u);
		return uri.getScheme().toLowerCase(Locale.ROOT) + "://" + uri.getRawAuthority().toLowerCase(Locale.ROOT)
				+ (uri.getRawPath() == null ? "" : uri.getRawPath());
	}

	List<String> filterList() {
		return filterOrganisasi == null ? List.of()
				: Arrays.stream(filterOrganisasi.split("[,\\s]+")).map(String::strip).filter(s -> !s.isEmpty()).toList();
	}

	public String getNama() {
		return nama;
	}

	public void setNama(String nama) {
		this.nama = nama;
	}

	public JenisSumber getJenis() {
		return jenis;
	}

	public void setJenis(JenisSumber jenis) {
		this.jenis = jenis;
	}

	public String getUrlDasar() {
		return urlDasar;
	}

	public void setUrlDasar(String urlDasar) {
		this.urlDasar = urlDasar;
	}

	public Long getOrganisasiId() {
		return organisasiId;
	}

	public void setOrganisasiId(Long organisasiId) {
		this.organisasiId = organisasiId;
	}

	public Long getUnitBawaanId() {
		return unitBawaanId;
	}

	public void setUnitBawaanId(Long unitBawaanId) {
		this.unitBawaanId = unitBawaanId;
	}

	public String getFilterOrganisasi() {
		return filterOrganisasi;
	}

	public void setFilterOrganisasi(String filterOrganisasi) {
		this.filterOrganisasi = filterOrganisasi;
	}

	public Integer getIntervalJam() {
		return intervalJam;
	}

	public void setIntervalJam(Integer intervalJam) {
		this.intervalJam = intervalJam;
	}

	public boolean isAktif() {
		return aktif;
	}

	public void setAktif(boolean aktif) {
		this.aktif = aktif;
	}

	public boolean isImporTabel() {
		return imporTabel;
	}

	public void setImporTabel(boolean imporTabel) {
		this.imporTabel = imporTabel;
	}

}
