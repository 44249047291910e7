package id.satudata.pemeriksaan;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

import org.springframework.http.HttpStatus;

import id.satudata.shared.alur.Alur;
import id.satudata.shared.alur.TransisiDitolak;

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

	/** The table: every step, from which states, where it leads and who may take it. */
	private static final Alur<StatusPengajuan, AksiPemeriksaan, PeranPemeriksaan, KonteksPengajuan> ALUR = Alur
			.<StatusPengajuan, AksiPemeriksaan, PeranPemeriksaan, KonteksPengajuan>tabel(StatusPengajuan.class,
					AksiPemeriksaan.class, "pemeriksaan.galat.tidakBerlaku",
					"pemeriksaan.galat.tidakBerwenang", s -> "pemeriksaan.status." + s,
					a -> "pemeriksaan.aksi." + a)
			.langkah(AksiPemeriksaan.AJUKAN).dari(StatusPengajuan.DRAFT, StatusPengajuan.DIKEMBALIKAN)
			.ke(Alur.menurut(k -> k.adaPraperiksa() ? StatusPengajuan.DIAJUKAN : StatusPengajuan.DIPERIKSA_WALIDATA))
			.oleh(PeranPemeriksaan.PRODUSEN)
			.langkah(AksiPemeriksaan.LOLOS_PRAPERIKSA).dari(StatusPengajuan.DIAJUKAN)
			.ke(StatusPengajuan.DIPERIKSA_WALIDATA).olehKonteks(AlurPemeriksaan::praperiksa)
			.langkah(AksiPemeriksaan.SETUJUI_WALIDATA).dari(StatusPengajuan.DIPERIKSA_WALIDATA)
			.ke(Alur.menurut(k -> k.pembina() == KonteksPengajuan.Pembina.TIDAK_ADA ? StatusPengajuan.SIAP_TERBIT
					: StatusPengajuan.DIPERIKSA_PEMBINA))
			.oleh(PeranPemeriksaan.WALIDATA)
			.langkah(AksiPemeriksaan.SETUJUI_PEMBINA).dari(StatusPengajuan.DIPERIKSA_PEMBINA)
			.ke(StatusPengajuan.SIAP_TERBIT).olehKonteks(k -> EnumSet.of(pembina(k)))
			.langkah(AksiPemeriksaan.TERBITKAN).dari(StatusPengajuan.SIAP_TERBIT)
			.ke(StatusPengajuan.TERBIT).oleh(PeranPemeriksaan.WALIDATA)
			// every check may return the submission to its producer
			.langkah(AksiPemeriksaan.KEMBALIKAN).dari(StatusPengajuan.DIAJUKAN)
			.ke(StatusPengajuan.DIKEMBALIKAN).olehKonteks(AlurPemeriksaan::praperiksa)
			.langkah(AksiPemeriksaan.KEMBALIKAN).dari(StatusPengajuan.DIPERIKSA_WALIDATA, StatusPengajuan.SIAP_TERBIT)
			.ke(StatusPengajuan.DIKEMBALIKAN).oleh(PeranPemeriksaan.WALIDATA)
			.langkah(AksiPemeriksaan.KEMBALIKAN).dari(StatusPengajuan.DIPERIKSA_PEMBINA)
			.ke(StatusPengajuan.DIKEMBALIKAN).olehKonteks(k -> EnumSet.of(pembina(k)))
			.syarat(m -> !m.konteks().adaGalat(), HttpStatus.CONFLICT, "pemeriksaan.galat.masihAdaGalat",
					AksiPemeriksaan.AJUKAN)
			.catatanWajib("pemeriksaan.galat.catatanWajib", AksiPemeriksaan.KEMBALIKAN)
			.bangun();

	private AlurPemeriksaan() {
	}

	/**
	 * The status after {@code aksi}, or the reason it is refused ({@link TransisiDitolak}): 409 when
	 * the action does not apply to the status (or errors block the submission), 403 when the user
	 * plays no part that may take it, 400 when a return has no note.
	 */
	public static StatusPengajuan jalankan(StatusPengajuan dari, AksiPemeriksaan aksi, Set<PeranPemeriksaan> peran,
			KonteksPengajuan konteks, String catatan) {
		return ALUR.jalankan(dari, aksi, peran, konteks, catatan);
	}

	/** The actions this user may take on a submission in this status (errors and notes not considered). */
	public static Set<AksiPemeriksaan> aksiTersedia(StatusPengajuan status, Set<PeranPemeriksaan> peran,
			KonteksPengajuan konteks) {
		return ALUR.aksiTersedia(status, peran, konteks);
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
		return ALUR.pelaku(status, aksi, konteks);
	}

	/** The pre-check: the Walidata Pendukung, or also the Walidata when the OPD has none (any more). */
	private static Set<PeranPemeriksaan> praperiksa(KonteksPengajuan konteks) {
		return konteks.adaPraperiksa() ? EnumSet.of(PeranPemeriksaan.WALIDATA_PENDUKUNG)
				: EnumSet.of(PeranPemeriksaan.WALIDATA_PENDUKUNG, PeranPemeriksaan.WALIDATA);
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
