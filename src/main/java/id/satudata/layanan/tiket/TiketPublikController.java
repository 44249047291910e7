package id.satudata.layanan.tiket;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The public form of one kind of ticket, the same for every kind: anyone, without an account (a
 * logged-in user's ticket is also linked to their account); bots and floods are held off; after
 * filing, the ticket number and its tracking code are shown once. A kind's controller maps its
 * address, names its page and its form's public fields, and adds what its page shows beside the
 * form.
 *
 * @param <F> the kind's form (bound under its class's name, e.g. {@code pengaduanForm})
 */
public abstract class TiketPublikController<F extends FormTiket> {

	private final HalamanTiket halaman;
	private final String templat;
	private final String[] isian;

	/** The kind's page ({@code templat}) and the fields of its form that are bound ({@code isian}). */
	protected TiketPublikController(HalamanTiket halaman, String templat, String... isian) {
		this.halaman = halaman;
		this.templat = templat;
		this.isian = isian;
	}

	/** Binds only the public form's fields. */
	@InitBinder
	public void bind(WebDataBinder binder) {
		if (binder.getTarget() instanceof FormTiket) {
			binder.setAllowedFields(isian);
		}
	}

	@GetMapping
	public String form(Model model) {
		model.addAttribute(halaman.publicForm(formBaru()));
		return formulir(model);
	}

	@PostMapping
	public String ajukan(@ModelAttribute F form, BindingResult result,
			@RequestParam(name = "lampiran", required = false) List<MultipartFile> lampiran,
			@RequestParam(name = AntiSpam.HONEYPOT, required = false) String situs, HttpServletRequest request,
			Model model, RedirectAttributes redirect) {
		return halaman.filePublic(request, situs, result, redirect, () -> ajukanTiket(form, BerkasMasuk.dari(lampiran)))
			.orElseGet(() -> formulir(model));
	}

	private String formulir(Model model) {
		halaman.publicFormModel(model);
		isiFormulir(model);
		return templat;
	}

	/** An empty form of the kind. */
	protected abstract F formBaru();

	/** Files the ticket. */
	protected abstract TiketLayanan.TiketBaru<?> ajukanTiket(F form, List<BerkasMasuk> berkas);

	/** What the page shows beside the form (the kind's types, limits). */
	protected abstract void isiFormulir(Model model);

}
