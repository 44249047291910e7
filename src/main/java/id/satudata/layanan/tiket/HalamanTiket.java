package id.satudata.layanan.tiket;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.function.Supplier;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.core.io.InputStreamResource;
import org.springframework.data.domain.Page;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import id.satudata.layanan.internal.LayananAkses;
import id.satudata.layanan.internal.LayananProperties;
import id.satudata.organisasi.OrganisasiDirectory;
import id.satudata.organisasi.OrganisasiRef;
import id.satudata.shared.kalender.WorkingCalendar;
import id.satudata.shared.web.Flash;
import id.satudata.shared.web.FormErrors;
import id.satudata.shared.web.UserFacingException;

/**
 * What the pages of every kind of ticket share, so each kind's controllers keep only what differs:
 * the public form (bots and floods held off, the number and tracking code shown once), the staff's
 * form for a ticket that came by another channel, the back-office list with its tabs, pager and
 * clocks, a ticket's page (its clock, history, attachments, a new tracking code).
 */
@Component
public class HalamanTiket {

	private final TiketLayanan layanan;
	private final LayananAkses akses;
	private final AntiSpam antiSpam;
	private final JejakLayanan jejak;
	private final BerkasLayanan berkas;
	private final JamLayanan jam;
	private final OrganisasiDirectory organisasi;
	private final LayananProperties properties;
	private final Flash flash;
	private final WorkingCalendar calendar;
	private final Clock clock;

	HalamanTiket(TiketLayanan layanan, LayananAkses akses, AntiSpam antiSpam, JejakLayanan jejak, BerkasLayanan berkas,
			JamLayanan jam, OrganisasiDirectory organisasi, LayananProperties properties, Flash flash,
			WorkingCalendar calendar, Clock clock) {
		this.layanan = layanan;
		this.akses = akses;
		this.antiSpam = antiSpam;
		this.jejak = jejak;
		this.berkas = berkas;
		this.jam = jam;
		this.organisasi = organisasi;
		this.properties = properties;
		this.flash = flash;
		this.calendar = calendar;
		this.clock = clock;
	}

	// ---- the public form ------------------------------------------------------------------------

	/** A new public form: a logged-in user's name filled in. */
	public <F extends FormTiket> F publicForm(F form) {
		akses.pengguna().ifPresent(u -> form.setNama(u.getNamaLengkap()));
		return form;
	}

	/** What the public form shows besides its fields: the desks, the attachment limits, whether one is logged in. */
	public void publicFormModel(Model model) {
		model.addAttribute("penyelenggara", akses.penyelenggara());
		model.addAttribute("maksLampiran", properties.lampiran().maksJumlah());
		model.addAttribute("maksUkuranMb", properties.lampiran().maksUkuran().toMegabytes());
		model.addAttribute("jenisBerkas", String.join(", ", BerkasLayanan.semuaJenis()));
		model.addAttribute("terimaBerkas", BerkasLayanan.acceptAttribute(BerkasLayanan.semuaJenis()));
		model.addAttribute("masuk", akses.pengguna().isPresent());
	}

	/**
	 * Files a ticket from the public form: refuses a bot or an address over its hourly limit, files it,
	 * counts it against the limit and shows its number and tracking code once ({@code /layanan/terkirim}).
	 * A refusal goes to the form's errors; empty then (show the form again).
	 */
	public Optional<String> filePublic(HttpServletRequest request, String honeypot, BindingResult result,
			RedirectAttributes redirect, Supplier<TiketLayanan.TiketBaru<?>> ajukan) {
		if (result.hasErrors()) {
			return Optional.empty();
		}
		try {
			antiSpam.ajuan(request, honeypot);
			TiketLayanan.TiketBaru<?> t = ajukan.get();
			antiSpam.diajukan(request);
			redirect.addFlashAttribute("nomorBaru", t.tiket().getNomor());
			redirect.addFlashAttribute("kodeBaru", t.kode());
			redirect.addFlashAttribute("surelBaru", t.tiket().getSurel());
			return Optional.of("redirect:/layanan/terkirim");
		}
		catch (UserFacingException e) {
			FormErrors.apply(result, e);
			return Optional.empty();
		}
	}

	// ---- the staff's form -------------------------------------------------------------------------

	/** A new staff form: the first desk the user staffs, received now. */
	public <F extends FormTiket> F staffForm(F form) {
		akses.organisasiStaf().stream().findFirst().ifPresent(form::setOrganisasiId);
		form.setDiterimaPada(LocalDateTime.ofInstant(clock.instant(), calendar.zone()).truncatedTo(ChronoUnit.MINUTES)
			.toString());
		return form;
	}

	/** What the staff's form shows besides its fields: the desks the user staffs, the attachment types. */
	public void staffFormModel(Model model) {
		model.addAttribute("organisasiPilihan", organisasi.semuaOrganisasi().stream()
			.filter(o -> akses.organisasiStaf().contains(o.id())).toList());
		model.addAttribute("terimaBerkas", BerkasLayanan.acceptAttribute(BerkasLayanan.semuaJenis()));
	}

	/**
	 * Records a ticket staff took by another channel and opens its page with its number and tracking
	 * code; a refusal goes to the form's errors, empty then (show the form again).
	 */
	public Optional<String> recordByStaff(JenisTiket<?> jenis, BindingResult result, RedirectAttributes redirect,
			Supplier<TiketLayanan.TiketBaru<?>> catat) {
		if (result.hasErrors()) {
			return Optional.empty();
		}
		try {
			TiketLayanan.TiketBaru<?> t = catat.get();
			flash.success(redirect, "layanan.sukses.dicatat", t.tiket().getNomor(), t.kode());
			return Optional.of("redirect:" + jenis.sebutan().tautan(t.tiket().getNomor()));
		}
		catch (UserFacingException e) {
			FormErrors.apply(result, e);
			return Optional.empty();
		}
	}

	// ---- the back office's list and a ticket's page ---------------------------------------------------

	/** One page of a list tab, with its clocks and pager; whether the user may record a ticket. */
	public <T extends Tiket<?, ?>> void listModel(Model model, JenisTiket<T> jenis, String tampil, int halaman) {
		Tampilan t = Tampilan.dari(tampil);
		Page<T> daftar = layanan.daftar(jenis, t, halaman);
		Instant now = clock.instant();
		Map<Long, JamLayanan.Timer> timer = new LinkedHashMap<>();
		daftar.forEach(x -> timer.put(x.getId(), jam.timer(jenis, x, now)));
		model.addAttribute("daftar", daftar.getContent());
		model.addAttribute("timer", timer);
		model.addAttribute("tampil", t.nama());
		model.addAttribute("halaman", daftar.getNumber());
		model.addAttribute("jumlahHalaman", daftar.getTotalPages());
		model.addAttribute("tautanHalaman", jenis.sebutan().tautanKelola() + "?tampil=" + t.nama());
		model.addAttribute("bolehCatat", !akses.organisasiStaf().isEmpty());
	}

	/** What a ticket's page shows besides the kind's own: its desk, clock, history, attachments, a new code. */
	public <T extends Tiket<?, ?>> void detailModel(Model model, JenisTiket<T> jenis, T t) {
		String tipe = jenis.sebutan().objekTipe();
		model.addAttribute("organisasi", organisasi.organisasi(t.getOrganisasiId()).map(OrganisasiRef::nama).orElse(""));
		model.addAttribute("timer", jam.timer(jenis, t, clock.instant()));
		model.addAttribute("riwayat", jejak.riwayat(tipe, t.getId()));
		model.addAttribute("lampiran", berkas.daftar(tipe, t.getId()));
		model.addAttribute("bolehKodeBaru", !akses.tingkatDi(t.getOrganisasiId()).isEmpty());
	}

	/** A ticket the user may see as staff. */
	public <T extends Tiket<?, ?>> T ticket(JenisTiket<T> jenis, String nomor) {
		return layanan.lihat(jenis, nomor);
	}

	/**
	 * Takes a step and shows {@code suksesKey} (argument: the number); back to the ticket while the
	 * user may still act on it, else to the list. A refusal is shown on the ticket's page.
	 */
	public <T extends Tiket<?, ?>> String afterStep(JenisTiket<T> jenis, String nomor, RedirectAttributes redirect,
			String suksesKey, Supplier<T> langkah, Predicate<T> masihBisa) {
		String tiket = jenis.sebutan().tautan(nomor);
		return flash.attempt(redirect, () -> {
			T t = langkah.get();
			flash.success(redirect, suksesKey, nomor);
			return masihBisa.test(t) ? tiket : jenis.sebutan().tautanKelola();
		}, tiket);
	}

	/** Gives the requester a new tracking code, shown once to the staff member. */
	public String newCode(JenisTiket<?> jenis, String nomor, RedirectAttributes redirect) {
		flash.success(redirect, "layanan.sukses.kodeBaru", nomor, layanan.kodeBaru(jenis, nomor));
		return "redirect:" + jenis.sebutan().tautan(nomor);
	}

	/** An attachment of a ticket the user may see as staff, as a download. */
	public <T extends Tiket<?, ?>> ResponseEntity<InputStreamResource> attachment(JenisTiket<T> jenis, String nomor, String uuid) {
		T t = layanan.lihat(jenis, nomor);
		return berkas.download(berkas.lampiran(jenis.sebutan().objekTipe(), t.getId(), uuid));
	}

}
