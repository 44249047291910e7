package id.satudata.shared.pdf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Map;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import org.jsoup.Jsoup;
import org.jsoup.helper.W3CDom;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

import id.satudata.shared.SatuDataProperties;

/**
 * Official documents as PDF (berita acara, letters, metadata forms): a Thymeleaf template under
 * {@code templates/dokumen/} rendered to HTML, parsed with jsoup (so ordinary HTML5 is fine) and
 * laid out by openhtmltopdf on A4. Templates decorate {@code dokumen/dasar} for the page, the
 * letterhead and page numbers; they use message keys like every page, in the given language.
 */
@Component
public class PdfRenderer {

	private final ITemplateEngine templates;
	private final SatuDataProperties properties;

	public PdfRenderer(ITemplateEngine templates, SatuDataProperties properties) {
		this.templates = templates;
		this.properties = properties;
	}

	/** The PDF of {@code template} (e.g. {@code "perencanaan/dokumen/berita-acara"}) in the request's language. */
	public byte[] render(String template, Map<String, Object> model) {
		ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
		render(template, model, LocaleContextHolder.getLocale(), out);
		return out.toByteArray();
	}

	public void render(String template, Map<String, Object> model, Locale locale, OutputStream out) {
		Context context = new Context(locale);
		context.setVariables(model);
		context.setVariable("siteTitle", properties.siteTitle());
		String html = templates.process(template, context);
		org.w3c.dom.Document doc = new W3CDom().fromJsoup(Jsoup.parse(html));
		try {
			PdfRendererBuilder builder = new PdfRendererBuilder();
			builder.useFastMode();
			builder.withW3cDocument(doc, properties.baseUrl() + "/");
			builder.toStream(out);
			builder.run();
		}
		catch (IOException e) {
			throw new UncheckedIOException("PDF rendering failed for " + template, e);
		}
	}

}
