package id.satudata.layanan.internal;

import java.util.EnumSet;
import java.util.Set;

import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.http.HttpStatus;

/**
 * The service request's state machine (SOP Layanan Manajemen Data):
 * <pre>
 * DI_KEPALA_DINAS --DISPOSISI--> DI_KEPALA_BIDANG --DISPOSISI--> DI_SUB_KOORDINATOR --DISPOSISI--> DIPROSES (Petugas)
 *        \--TANGANI--> DIPROSES (Kepala Dinas)    \--TANGANI--> DIPROSES (Kepala Bidang)  \--TANGANI--> DIPROSES (Sub Koordinator)
 * every disposition step --TUTUP--> DITUTUP;   DIPROSES --SELESAIKAN--> SELESAI
 * </pre>
 * Only the holder of a disposition step (the level's role in the request's organization) may
 * disposition, handle or close it; only whoever handles the work may resolve it. A disposition
 * needs an instruction, closing a reason, resolving the result. Pure logic: the caller derives the
 * user's {@link PeranPermintaan}s, applies the result under optimistic locking and audits it.
 */
final class AlurPermintaan {

	/** Where a step leads: the new status and the level that holds the request then. */
	record Langkah(StatusPermintaan status, TingkatLayanan tingkat) {
	}

	private AlurPermintaan() {
	}

	static Langkah jalankan(StatusPermintaan dari, AksiPermintaan aksi, Set<PeranPermintaan> peran, String catatan) {
		Set<PeranPermintaan> boleh = pelaku(dari, aksi);
		if (boleh.isEmpty()) {
			throw new TransisiDitolak(HttpStatus.CONFLICT, "layanan.galat.tidakBerlaku", label(aksi.labelKey()),
					label(dari.labelKey()));
		}
		if (peran.stream().noneMatch(boleh::contains)) {
			throw new TransisiDitolak(HttpStatus.FORBIDDEN, "layanan.galat.tidakBerwenang", label(aksi.labelKey()));
		}
		if (aksi != AksiPermintaan.TANGANI && (catatan == null || catatan.isBlank())) {
			throw new TransisiDitolak(HttpStatus.BAD_REQUEST, "layanan.galat.catatanWajib." + aksi.name());
		}
		return tujuan(dari, aksi);
	}

	/** The actions these roles may take in this status (notes not considered). */
	static Set<AksiPermintaan> aksiTersedia(StatusPermintaan status, Set<PeranPermintaan> peran) {
		Set<AksiPermintaan> out = EnumSet.noneOf(AksiPermintaan.class);
		for (AksiPermintaan a : AksiPermintaan.values()) {
			if (pelaku(status, a).stream().anyMatch(peran::contains)) {
				out.add(a);
			}
		}
		return out;
	}

	/** Who may take {@code aksi} in {@code status}; empty when it does not apply there. */
	static Set<PeranPermintaan> pelaku(StatusPermintaan status, AksiPermintaan aksi) {
		Set<PeranPermintaan> tidakAda = EnumSet.noneOf(PeranPermintaan.class);
		if (status.tingkatDisposisi().isPresent()) {
			PeranPermintaan pemegang = PeranPermintaan.dari(status.tingkatDisposisi().get());
			return aksi == AksiPermintaan.SELESAIKAN ? tidakAda : EnumSet.of(pemegang);
		}
		if (status == StatusPermintaan.DIPROSES && aksi == AksiPermintaan.SELESAIKAN) {
			return EnumSet.of(PeranPermintaan.PENANGAN);
		}
		return tidakAda;
	}

	private static Langkah tujuan(StatusPermintaan dari, AksiPermintaan aksi) {
		return switch (aksi) {
			case DISPOSISI -> {
				TingkatLayanan bawah = dari.tingkatDisposisi().orElseThrow().bawahan().orElseThrow();
				yield bawah == TingkatLayanan.PETUGAS_LAYANAN ? new Langkah(StatusPermintaan.DIPROSES, bawah)
						: new Langkah(StatusPermintaan.menungguDisposisi(bawah), bawah);
			}
			case TANGANI -> new Langkah(StatusPermintaan.DIPROSES, dari.tingkatDisposisi().orElseThrow());
			case SELESAIKAN -> new Langkah(StatusPermintaan.SELESAI, null);
			case TUTUP -> new Langkah(StatusPermintaan.DITUTUP, dari.tingkatDisposisi().orElseThrow());
		};
	}

	private static DefaultMessageSourceResolvable label(String key) {
		return new DefaultMessageSourceResolvable(key);
	}

}
