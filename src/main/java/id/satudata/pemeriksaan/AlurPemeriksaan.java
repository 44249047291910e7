package id.satudata.pemeriksaan;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.http.HttpStatus;

/**
 * The review state machine: DRAFT → DIAJUKAN → (pre-check by the Walidata Pendukung) →
 * DIPERIKSA_WALIDATA → DIPERIKSA_PEMBINA → SIAP_TERBIT → TERBIT, with DIKEMBALIKAN reachable from
 * every check and leading back to the producer.
 * <ul>
 * <li>Submitting goes to the pre-check when the OPD has a Walidata Pendukung, else straight to the
 * Walidata. Should the OPD lose its Walidata Pendukung while a submission waits for the pre-check,
 * the Walidata takes the pre-check over, so nothing is stuck.</li>
 * <li>The Walidata's approval goes to the Pembina Data of the data's kind (BPS for statistics, the
 * geospatial Pembina for geospatial data); data no Pembina re-checks (e.g. financial) is then ready
 * to publish.</li>
 * <li>A submission with validation errors cannot be submitted; a return needs a note.</li>
 * </ul>
 * Pure logic: the caller loads the submission, derives the user's {@link PeranPemeriksaan} for it,
 * applies the returned status under optimistic locking and writes the audit event.
 */
public final class AlurPemeriksaan {

	private AlurPemeriksaan() {
	}

	/**
	 * The status after {@code aksi}, or the reason it is refused: 409 when the action does not apply
	 * to the status (or errors block the submission), 403 when the user plays no part that may take
	 * it, 400 when a return has no note.
	 */
	public static StatusPengajuan jalankan(StatusPengajuan dari, AksiPemeriksaan aksi, Set<PeranPemeriksaan> peran,
			KonteksPengajuan konteks, String catatan) {
		Set<PeranPemeriksaan> boleh = pelaku(dari, aksi, konteks);
		if (boleh.isEmpty()) {
			throw new TransisiDitolakException(HttpStatus.CONFLICT, "pemeriksaan.galat.tidakBerlaku",
					label("pemeriksaan.aksi." + aksi), label("pemeriksaan.status." + dari));
		}
		if (peran.stream().noneMatch(boleh::contains)) {
			throw new TransisiDitolakException(HttpStatus.FORBIDDEN, "pemeriksaan.galat.tidakBerwenang",
					label("pemeriksaan.aksi." + aksi));
		}
		if (aksi == AksiPemeriksaan.AJUKAN && konteks.adaGalat()) {
			throw new TransisiDitolakException(HttpStatus.CONFLICT, "pemeriksaan.galat.masihAdaGalat");
		}
		if (aksi == AksiPemeriksaan.KEMBALIKAN && (catatan == null || catatan.isBlank())) {
			throw new TransisiDitolakException(HttpStatus.BAD_REQUEST, "pemeriksaan.galat.catatanWajib");
		}
		return tujuan(aksi, konteks);
	}

	/** The actions this user may take on a submission in this status (errors and notes not considered). */
	public static Set<AksiPemeriksaan> aksiTersedia(StatusPengajuan status, Set<PeranPemeriksaan> peran,
			KonteksPengajuan konteks) {
		Set<AksiPemeriksaan> out = EnumSet.noneOf(AksiPemeriksaan.class);
		for (AksiPemeriksaan aksi : AksiPemeriksaan.values()) {
			if (pelaku(status, aksi, konteks).stream().anyMatch(peran::contains)) {
				out.add(aksi);
			}
		}
		return out;
	}

	/** Whose turn it is: the party whose inbox holds the submission (none once published). */
	public static Optional<PeranPemeriksaan> menunggu(StatusPengajuan status, KonteksPengajuan konteks) {
		return switch (status) {
			case DRAFT, DIKEMBALIKAN -> Optional.of(PeranPemeriksaan.PRODUSEN);
			case DIAJUKAN -> Optional.of(konteks.adaPraperiksa() ? PeranPemeriksaan.WALIDATA_PENDUKUNG
					: PeranPemeriksaan.WALIDATA);
			case DIPERIKSA_WALIDATA, SIAP_TERBIT -> Optional.of(PeranPemeriksaan.WALIDATA);
			case DIPERIKSA_PEMBINA -> Optional.of(pembina(konteks));
			case TERBIT -> Optional.empty();
		};
	}

	/** Who may take {@code aksi} in {@code status}; empty when the action does not apply there. */
	static Set<PeranPemeriksaan> pelaku(StatusPengajuan status, AksiPemeriksaan aksi, KonteksPengajuan konteks) {
		Set<PeranPemeriksaan> praperiksa = konteks.adaPraperiksa() ? EnumSet.of(PeranPemeriksaan.WALIDATA_PENDUKUNG)
				: EnumSet.of(PeranPemeriksaan.WALIDATA_PENDUKUNG, PeranPemeriksaan.WALIDATA);
		Set<PeranPemeriksaan> pembina = EnumSet.of(pembina(konteks));
		Set<PeranPemeriksaan> walidata = EnumSet.of(PeranPemeriksaan.WALIDATA);
		Set<PeranPemeriksaan> tidakAda = EnumSet.noneOf(PeranPemeriksaan.class);
		return switch (aksi) {
			case AJUKAN -> status == StatusPengajuan.DRAFT || status == StatusPengajuan.DIKEMBALIKAN
					? EnumSet.of(PeranPemeriksaan.PRODUSEN) : tidakAda;
			case LOLOS_PRAPERIKSA -> status == StatusPengajuan.DIAJUKAN ? praperiksa : tidakAda;
			case SETUJUI_WALIDATA -> status == StatusPengajuan.DIPERIKSA_WALIDATA ? walidata : tidakAda;
			case SETUJUI_PEMBINA -> status == StatusPengajuan.DIPERIKSA_PEMBINA ? pembina : tidakAda;
			case TERBITKAN -> status == StatusPengajuan.SIAP_TERBIT ? walidata : tidakAda;
			case KEMBALIKAN -> switch (status) {
				case DIAJUKAN -> praperiksa;
				case DIPERIKSA_WALIDATA, SIAP_TERBIT -> walidata;
				case DIPERIKSA_PEMBINA -> pembina;
				default -> tidakAda;
			};
		};
	}

	private static StatusPengajuan tujuan(AksiPemeriksaan aksi, KonteksPengajuan konteks) {
		return switch (aksi) {
			case AJUKAN -> konteks.adaPraperiksa() ? StatusPengajuan.DIAJUKAN : StatusPengajuan.DIPERIKSA_WALIDATA;
			case LOLOS_PRAPERIKSA -> StatusPengajuan.DIPERIKSA_WALIDATA;
			case SETUJUI_WALIDATA -> konteks.pembina() == KonteksPengajuan.Pembina.TIDAK_ADA ? StatusPengajuan.SIAP_TERBIT
					: StatusPengajuan.DIPERIKSA_PEMBINA;
			case SETUJUI_PEMBINA -> StatusPengajuan.SIAP_TERBIT;
			case TERBITKAN -> StatusPengajuan.TERBIT;
			case KEMBALIKAN -> StatusPengajuan.DIKEMBALIKAN;
		};
	}

	private static DefaultMessageSourceResolvable label(String key) {
		return new DefaultMessageSourceResolvable(key);
	}

	/**
	 * Who re-checks: the Pembina of the data's kind. A submission already waiting for a re-check whose
	 * data no Pembina re-checks (its kind changed meanwhile) falls to the Walidata, so nothing is stuck.
	 */
	private static PeranPemeriksaan pembina(KonteksPengajuan konteks) {
		return switch (konteks.pembina()) {
			case STATISTIK -> PeranPemeriksaan.PEMBINA_STATISTIK;
			case GEOSPASIAL -> PeranPemeriksaan.PEMBINA_GEOSPASIAL;
			case TIDAK_ADA -> PeranPemeriksaan.WALIDATA;
		};
	}

}
