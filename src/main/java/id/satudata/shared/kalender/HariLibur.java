package id.satudata.shared.kalender;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A day on which the service is closed. */
@Entity
@Table(name = "hari_libur")
public class HariLibur {

	@Id
	private LocalDate tanggal;

	@Column(nullable = false, length = 200)
	private String nama;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 30)
	private JenisHariLibur jenis;

	protected HariLibur() {
	}

	public HariLibur(LocalDate tanggal, String nama, JenisHariLibur jenis) {
		this.tanggal = tanggal;
		this.nama = nama;
		this.jenis = jenis;
	}

	public LocalDate getTanggal() {
		return tanggal;
	}

	public String getNama() {
		return nama;
	}

	public JenisHariLibur getJenis() {
		return jenis;
	}

}
