package id.satudata.notifikasi.internal;

import java.util.List;
import java.util.Locale;

import org.springframework.stereotype.Component;

import id.satudata.shared.web.Messages;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** A notification's text in a language: its key, with arguments that are keys resolved too. */
@Component
class TeksNotifikasi {

	private static final TypeReference<List<String>> STRINGS = new TypeReference<>() {
	};

	private final Messages messages;
	private final JsonMapper json;

	TeksNotifikasi(Messages messages, JsonMapper json) {
		this.messages = messages;
		this.json = json;
	}

	String teks(PesanNotifikasi p, Locale locale) {
		List<String> raw = json.readValue(p.getArgumen(), STRINGS);
		Object[] args = raw.stream().map(a -> resolve(a, locale)).toArray();
		return messages.get(locale, p.getJudulKey(), args);
	}

	private String resolve(String arg, Locale locale) {
		if (arg != null && arg.startsWith("#{") && arg.endsWith("}") && arg.length() > 3) {
			return messages.get(locale, arg.substring(2, arg.length() - 1));
		}
		return arg;
	}

}
