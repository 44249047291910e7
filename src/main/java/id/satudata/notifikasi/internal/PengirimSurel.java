package id.satudata.notifikasi.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.Locale;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.scheduling.annotation.Async;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

import id.satudata.shared.SatuDataProperties;
import id.satudata.shared.web.Messages;

/**
 * Sends a notification's e-mail after the change that caused it has committed. The event
 * publication registry keeps the request until it has been handled, so a restart does not lose
 * it. Without a mail server ({@code SATUDATA_MAIL_HOST} empty) the mail is only noted in the log,
 * without the address (UU PDP: no personal data beyond need).
 */
@Component
class PengirimSurel {

	private static final Logger log = LoggerFactory.getLogger(PengirimSurel.class);
	private static final Locale INDONESIAN = Locale.forLanguageTag("id");

	private final PesanNotifikasiRepository repository;
	private final TeksNotifikasi teks;
	private final Messages messages;
	private final ObjectProvider<JavaMailSender> mailSender;
	private final SatuDataProperties properties;
	private final String host;
	private final String from;
	private final Clock clock;

	PengirimSurel(PesanNotifikasiRepository repository, TeksNotifikasi teks, Messages messages,
			ObjectProvider<JavaMailSender> mailSender, SatuDataProperties properties,
			@Value("${spring.mail.host:}") String host, @Value("${satudata.mail.from:satudata@localhost}") String from,
			Clock clock) {
		this.repository = repository;
		this.teks = teks;
		this.messages = messages;
		this.mailSender = mailSender;
		this.properties = properties;
		this.host = host;
		this.from = from;
		this.clock = clock;
	}

	// not an @ApplicationModuleListener: that runs the whole listener in one transaction, so every mail
	// being sent held a database connection for the length of the SMTP conversation, and a burst of
	// notifications (eight at once in the demo seeding) took the whole pool and starved the requests.
	// Now: read (its own short transaction), send without a connection, mark as sent (another one).
	// The event publication registry still keeps the request until this listener has returned.
	@Async
	@TransactionalEventListener
	void on(SurelDiminta event) {
		PesanNotifikasi p = repository.findById(event.notifikasiId()).orElse(null);
		if (p == null || p.getSurel() == null || p.getSurelTerkirimPada() != null) {
			return;
		}
		SimpleMailMessage mail = surel(p);
		JavaMailSender sender = host == null || host.isBlank() ? null : mailSender.getIfAvailable();
		if (sender == null) {
			log.info("Notification {} ({}): no mail server configured, e-mail not sent: {}", p.getId(), p.getJenis(),
					mail.getSubject());
		}
		else {
			sender.send(mail);
			log.info("Notification {} ({}) e-mailed", p.getId(), p.getJenis());
		}
		// a bare address has no list to show it in: a link carrying a secret (a ticket's tracking code)
		// is not kept once the mail is out. One UPDATE of these two columns: the user may have read the
		// notification while the mail was on its way (the entity read before would overwrite that).
		repository.tandaiSurelTerkirim(p.getId(), Instant.now(clock), p.getPenggunaId() == null ? null : p.getTautan());
	}

	SimpleMailMessage surel(PesanNotifikasi p) {
		String judul = teks.teks(p, INDONESIAN);
		StringBuilder body = new StringBuilder();
		String nama = p.getNamaPenerima() == null ? "" : " " + p.getNamaPenerima();
		body.append(messages.get(INDONESIAN, "notifikasi.surel.salam", nama.strip())).append("\n\n");
		body.append(judul).append("\n\n");
		if (p.getTautan() != null) {
			body.append(messages.get(INDONESIAN, "notifikasi.surel.tautan")).append('\n')
				.append(properties.baseUrl()).append(p.getTautan()).append("\n\n");
		}
		body.append("-- \n").append(messages.get(INDONESIAN, "notifikasi.surel.penutup", properties.siteTitle()));
		SimpleMailMessage mail = new SimpleMailMessage();
		mail.setFrom(from);
		mail.setTo(p.getSurel());
		mail.setSubject("[" + properties.siteTitle() + "] " + judul);
		mail.setText(body.toString());
		return mail;
	}

}
