package id.satudata.organisasi.pengguna;

import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import jakarta.annotation.PreDestroy;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import id.satudata.shared.SatuDataProperties;
import id.satudata.shared.web.Messages;

/**
 * E-mails about the account itself (password reset, address verification). Sent after the change
 * has committed, on a thread of its own: the answer to the request never waits for the mail server,
 * so its timing does not tell whether an address has an account. The links carry a secret, so they
 * are not kept anywhere (unlike notifications, not in the event registry); without a mail server
 * the mail is dropped with a line in the log, without address or link.
 */
@Component
class SurelAkun {

	private static final Logger log = LoggerFactory.getLogger(SurelAkun.class);
	private static final Locale INDONESIAN = Locale.forLanguageTag("id");

	private final ObjectProvider<JavaMailSender> mailSender;
	private final Messages messages;
	private final SatuDataProperties properties;
	private final String host;
	private final String from;
	private final ExecutorService executor = Executors.newSingleThreadExecutor(r -> {
		Thread t = new Thread(r, "surel-akun");
		t.setDaemon(true);
		return t;
	});

	SurelAkun(ObjectProvider<JavaMailSender> mailSender, Messages messages, SatuDataProperties properties,
			@Value("${spring.mail.host:}") String host, @Value("${satudata.mail.from:satudata@localhost}") String from) {
		this.mailSender = mailSender;
		this.messages = messages;
		this.properties = properties;
		this.host = host;
		this.from = from;
	}

	/** Sends {@code jenis} (the message keys {@code surelAkun.<jenis>.*}) with the site's path {@code tautan}. */
	void kirim(String to, String nama, String jenis, String tautan, Object... args) {
		SimpleMailMessage mail = new SimpleMailMessage();
		mail.setFrom(from);
		mail.setTo(to);
		mail.setSubject("[" + properties.siteTitle() + "] " + messages.get(INDONESIAN, "surelAkun." + jenis + ".judul"));
		StringBuilder body = new StringBuilder();
		body.append(messages.get(INDONESIAN, "surelAkun.salam", nama == null ? "" : nama)).append("\n\n");
		body.append(messages.get(INDONESIAN, "surelAkun." + jenis + ".isi", args)).append("\n\n");
		if (tautan != null) {
			body.append(properties.baseUrl()).append(tautan).append("\n\n");
		}
		body.append(messages.get(INDONESIAN, "surelAkun.abaikan")).append("\n\n");
		body.append("-- \n").append(messages.get(INDONESIAN, "surelAkun.penutup", properties.siteTitle()));
		mail.setText(body.toString());
		Runnable send = () -> executor.execute(() -> {
			JavaMailSender sender = host == null || host.isBlank() ? null : mailSender.getIfAvailable();
			if (sender == null) {
				log.info("Account e-mail ({}): no mail server configured, not sent", jenis);
				return;
			}
			try {
				sender.send(mail);
				log.info("Account e-mail ({}) sent", jenis);
			}
			catch (RuntimeException e) {
				log.warn("Account e-mail ({}) not sent: {}", jenis, e.toString());
			}
		});
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					send.run();
				}
			});
		}
		else {
			send.run();
		}
	}

	@PreDestroy
	void stop() {
		executor.shutdown();
	}

}
