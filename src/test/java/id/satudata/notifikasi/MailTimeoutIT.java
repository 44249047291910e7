package id.satudata.notifikasi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.ServerSocket;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;

import id.satudata.test.IntegrationTest;

/**
 * A mail server that accepts the connection and then says nothing fails the sending within the
 * configured timeout ({@code SATUDATA_MAIL_TIMEOUT_MS}, 10 s), instead of holding the sending thread
 * forever (JavaMail's own default): the application's mail settings, against a silent socket.
 */
@IntegrationTest
class MailTimeoutIT {

	@Autowired
	JavaMailSender configured;

	@Test
	void aMailServerThatDoesNotAnswerFailsTheSendingWithinTheTimeout() throws Exception {
		JavaMailSenderImpl app = (JavaMailSenderImpl) configured;
		assertThat(app.getJavaMailProperties()).containsEntry("mail.smtp.timeout", "10000")
			.containsEntry("mail.smtp.connectiontimeout", "10000")
			.containsEntry("mail.smtp.writetimeout", "10000");
		try (ServerSocket silent = new ServerSocket(0)) {
			JavaMailSenderImpl sender = new JavaMailSenderImpl();
			sender.setJavaMailProperties(app.getJavaMailProperties());
			sender.setHost("127.0.0.1");
			sender.setPort(silent.getLocalPort());
			SimpleMailMessage mail = new SimpleMailMessage();
			mail.setFrom("satudata@localhost");
			mail.setTo("walidata@example.go.id");
			mail.setSubject("uji");
			mail.setText("uji");
			long start = System.nanoTime();
			assertThatThrownBy(() -> sender.send(mail)).isInstanceOf(MailException.class);
			assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(20));
		}
	}

}
