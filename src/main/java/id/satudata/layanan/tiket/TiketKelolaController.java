package id.satudata.layanan.tiket;

import java.util.List;
import java.util.function.Predicate;
import java.util.function.Supplier;

import org.springframework.core.io.InputStreamResource;
import org.springframework.http.ResponseEntity;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The back office's pages of one kind of ticket, the same for every kind: the list (what waits for
 * me, every open ticket, the latest; paged, with their clocks), recording a ticket that came by
 * another channel, a ticket's page (its clock, history, attachments), a new tracking code, an
 * attachment. A kind's controller maps its address ({@code @RequestMapping}) and who may use it,
 * names its templates and its form's staff fields ({@link Templat}), supplies what its pages show
 * besides, and takes its own steps ({@link #langkah}).
 *
 * @param <T> the kind's entity
 * @param <F> the kind's form (bound under its class's name, e.g. {@code permintaanForm})
 */
public abstract class TiketKelolaController<T extends Tiket<?, ?>, F extends FormTiket> {

	/**
	 * The kind's pages.
	 *
	 * @param daftar the list's template
	 * @param baru the staff form's template
	 * @param rincian a ticket's page's template
	 * @param isian the fields of the staff form that are bound
	 */
	public record Templat(String daftar, String baru, String rincian, String... isian) {
	}

	private final JenisTiket<T> jenis;
	private final HalamanTiket halaman;
	private final Templat templat;

	protected TiketKelolaController(JenisTiket<T> jenis, HalamanTiket halaman, Templat templat) {
		this.jenis = jenis;
		this.halaman = halaman;
		this.templat = templat;
	}

	/** Binds only the staff form's fields (never a status, holder or number). */
	@InitBinder
	public void bind(WebDataBinder binder) {
		if (binder.getTarget() instanceof FormTiket) {
			binder.setAllowedFields(templat.isian());
		}
	}

	@GetMapping
	public String daftar(@RequestParam(defaultValue = "saya") String tampil, @RequestParam(defaultValue = "0") int page,
			Model model) {
		halaman.listModel(model, jenis, tampil, page);
		return templat.daftar();
	}

	@GetMapping("/baru")
	public String baru(Model model) {
		model.addAttribute(halaman.staffForm(formBaru()));
		return formulir(model);
	}

	@PostMapping("/baru")
	public String catat(@ModelAttribute F form, BindingResult result,
			@RequestParam(name = "lampiran", required = false) List<MultipartFile> lampiran, Model model,
			RedirectAttributes redirect) {
		return halaman.recordByStaff(jenis, result, redirect, () -> catatTiket(form, BerkasMasuk.dari(lampiran)))
			.orElseGet(() -> formulir(model));
	}

	@GetMapping("/{nomor}")
	public String rincian(@PathVariable String nomor, Model model) {
		T t = halaman.ticket(jenis, nomor);
		halaman.detailModel(model, jenis, t);
		isiRincian(model, t);
		return templat.rincian();
	}

	@PostMapping("/{nomor}/kode-baru")
	public String kodeBaru(@PathVariable String nomor, RedirectAttributes redirect) {
		return halaman.newCode(jenis, nomor, redirect);
	}

	@GetMapping("/{nomor}/lampiran/{uuid}")
	public ResponseEntity<InputStreamResource> lampiran(@PathVariable String nomor, @PathVariable String uuid) {
		return halaman.attachment(jenis, nomor, uuid);
	}

	/**
	 * A step of the kind's own: shows {@code suksesKey} (argument: the number) and returns to the
	 * ticket while the user may still act on it ({@code masihBisa}), else to the list; a refusal is
	 * shown on the ticket's page.
	 */
	protected String langkah(String nomor, RedirectAttributes redirect, String suksesKey, Supplier<T> langkah,
			Predicate<T> masihBisa) {
		return halaman.afterStep(jenis, nomor, redirect, suksesKey, langkah, masihBisa);
	}

	private String formulir(Model model) {
		halaman.staffFormModel(model);
		isiFormulir(model);
		return templat.baru();
	}

	/** An empty form of the kind. */
	protected abstract F formBaru();

	/** Records the ticket staff took by another channel. */
	protected abstract TiketLayanan.TiketBaru<T> catatTiket(F form, List<BerkasMasuk> berkas);

	/** What the staff form offers besides the desks (the kind's channels, types). */
	protected abstract void isiFormulir(Model model);

	/** What a ticket's page shows besides what every ticket's does (the ticket itself, its steps, their choices). */
	protected abstract void isiRincian(Model model, T t);

}
