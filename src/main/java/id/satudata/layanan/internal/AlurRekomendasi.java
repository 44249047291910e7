package id.satudata.layanan.internal;

import java.util.EnumSet;
import java.util.Set;

import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.http.HttpStatus;

/**
 * The recommendation's state machine (PP 51/1999; metadata-and-forms.md, Rekomendasi):
 * <pre>
 * DRAFT --AJUKAN--> DIAJUKAN --PERIKSA--> DIPERIKSA --NYATAKAN_LAYAK--> LAYAK
 *                   DIAJUKAN | DIPERIKSA --KEMBALIKAN--> DIKEMBALIKAN --AJUKAN--> DIAJUKAN
 * DRAFT | DIKEMBALIKAN --BATALKAN--> DIBATALKAN
 * </pre>
 * The agency submits only a complete file; the Pembina Data returns it with notes, or declares it
 * layak when every checklist item is met. Pure logic, like {@link AlurPermintaan}.
 */
final class AlurRekomendasi {

	/** What the machine needs to know besides the status. */
	record Konteks(boolean berkasLengkap, boolean semuaButirTerpenuhi) {
	}

	private AlurRekomendasi() {
	}

	static StatusRekomendasi jalankan(StatusRekomendasi dari, AksiRekomendasi aksi, Set<PeranRekomendasi> peran,
			Konteks konteks, String catatan) {
		Set<PeranRekomendasi> boleh = pelaku(dari, aksi);
		if (boleh.isEmpty()) {
			throw new TransisiDitolak(HttpStatus.CONFLICT, "layanan.galat.tidakBerlaku", label(aksi.labelKey()),
					label(dari.labelKey()));
		}
		if (peran.stream().noneMatch(boleh::contains)) {
			throw new TransisiDitolak(HttpStatus.FORBIDDEN, "layanan.galat.tidakBerwenang", label(aksi.labelKey()));
		}
		if (aksi == AksiRekomendasi.AJUKAN && !konteks.berkasLengkap()) {
			throw new TransisiDitolak(HttpStatus.BAD_REQUEST, "rekomendasi.galat.belumLengkap");
		}
		if (aksi == AksiRekomendasi.KEMBALIKAN && (catatan == null || catatan.isBlank())) {
			throw new TransisiDitolak(HttpStatus.BAD_REQUEST, "rekomendasi.galat.catatanWajib");
		}
		if (aksi == AksiRekomendasi.NYATAKAN_LAYAK && !konteks.semuaButirTerpenuhi()) {
			throw new TransisiDitolak(HttpStatus.BAD_REQUEST, "rekomendasi.galat.butirBelumTerpenuhi");
		}
		return switch (aksi) {
			case AJUKAN -> StatusRekomendasi.DIAJUKAN;
			case PERIKSA -> StatusRekomendasi.DIPERIKSA;
			case KEMBALIKAN -> StatusRekomendasi.DIKEMBALIKAN;
			case NYATAKAN_LAYAK -> StatusRekomendasi.LAYAK;
			case BATALKAN -> StatusRekomendasi.DIBATALKAN;
		};
	}

	static Set<AksiRekomendasi> aksiTersedia(StatusRekomendasi status, Set<PeranRekomendasi> peran) {
		Set<AksiRekomendasi> out = EnumSet.noneOf(AksiRekomendasi.class);
		for (AksiRekomendasi a : AksiRekomendasi.values()) {
			if (pelaku(status, a).stream().anyMatch(peran::contains)) {
				out.add(a);
			}
		}
		return out;
	}

	static Set<PeranRekomendasi> pelaku(StatusRekomendasi status, AksiRekomendasi aksi) {
		Set<PeranRekomendasi> pemohon = EnumSet.of(PeranRekomendasi.PEMOHON);
		Set<PeranRekomendasi> pembina = EnumSet.of(PeranRekomendasi.PEMBINA);
		Set<PeranRekomendasi> tidakAda = EnumSet.noneOf(PeranRekomendasi.class);
		return switch (aksi) {
			case AJUKAN, BATALKAN -> status.dapatDiubah() ? pemohon : tidakAda;
			case PERIKSA -> status == StatusRekomendasi.DIAJUKAN ? pembina : tidakAda;
			case KEMBALIKAN -> status.menungguPembina() ? pembina : tidakAda;
			case NYATAKAN_LAYAK -> status == StatusRekomendasi.DIPERIKSA ? pembina : tidakAda;
		};
	}

	private static DefaultMessageSourceResolvable label(String key) {
		return new DefaultMessageSourceResolvable(key);
	}

}
