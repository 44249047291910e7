package id.satudata.organisasi.pengguna;

import java.util.Locale;

import org.springframework.stereotype.Component;

import id.satudata.organisasi.demo.DemoAccounts;
import id.satudata.organisasi.internal.OrganisasiProperties;
import id.satudata.shared.web.InvalidFieldException;

/** What a password must be: long enough, letters and digits, not the username, not a demo password. */
@Component
class PasswordPolicy {

	static final int MAX_LENGTH = 128;

	private final int minLength;

	PasswordPolicy(OrganisasiProperties properties) {
		this.minLength = properties.panjangMinPassword();
	}

	void check(String field, String password, String username) {
		if (password == null || password.length() < minLength) {
			throw new InvalidFieldException(field, "password.galat.pendek", minLength);
		}
		if (password.length() > MAX_LENGTH) {
			throw new InvalidFieldException(field, "password.galat.panjang", MAX_LENGTH);
		}
		boolean letter = password.chars().anyMatch(Character::isLetter);
		boolean digit = password.chars().anyMatch(Character::isDigit);
		if (!letter || !digit) {
			throw new InvalidFieldException(field, "password.galat.campuran");
		}
		if (username != null && password.toLowerCase(Locale.ROOT).contains(username.toLowerCase(Locale.ROOT))) {
			throw new InvalidFieldException(field, "password.galat.mengandungUsername");
		}
		if (DemoAccounts.PASSWORD.equals(password)) {
			throw new InvalidFieldException(field, "password.galat.demo");
		}
	}

}
