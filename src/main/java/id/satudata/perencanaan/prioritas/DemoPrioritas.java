package id.satudata.perencanaan.prioritas;

import java.util.EnumSet;
import java.util.Map;

import org.springframework.stereotype.Component;

import id.satudata.perencanaan.internal.DemoAkun;

/** The demo's Data Prioritas recommendations, made by Bappeda (the Koordinator Forum). */
@Component
public class DemoPrioritas {

	private final PrioritasService prioritas;
	private final DemoAkun akun;

	DemoPrioritas(PrioritasService prioritas, DemoAkun akun) {
		this.prioritas = prioritas;
		this.akun = akun;
	}

	/** Recommends three of the province's entries (ids by title). */
	public void rekomendasikan(Map<String, Long> entri) {
		akun.runAs("koordinator", () -> {
			prioritas.rekomendasikan(entri.get("Jumlah Penduduk menurut Kabupaten/Kota dan Jenis Kelamin"),
					EnumSet.of(KriteriaPrioritas.RPJMD_RKPD, KriteriaPrioritas.LINTAS_INSTANSI),
					"Menjadi penyebut hampir semua indikator pembangunan daerah dan dipakai seluruh Perangkat Daerah.");
			prioritas.rekomendasikan(entri.get("Jumlah Tenaga Kesehatan menurut Jenis dan Kabupaten/Kota"),
					EnumSet.of(KriteriaPrioritas.SPM, KriteriaPrioritas.SDGS),
					"Dibutuhkan untuk pemenuhan SPM kesehatan dan indikator TPB 3.c (kepadatan tenaga kesehatan).");
			prioritas.rekomendasikan(entri.get("Indeks Kualitas Lingkungan Hidup"),
					EnumSet.of(KriteriaPrioritas.RPJMD_RKPD, KriteriaPrioritas.KEBIJAKAN_STRATEGIS),
					"Indikator kinerja utama RPJMD yang dilaporkan kepala daerah setiap tahun.");
			return null;
		});
	}

}
