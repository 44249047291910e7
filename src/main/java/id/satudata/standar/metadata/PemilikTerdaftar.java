package id.satudata.standar.metadata;

import java.util.Optional;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

import id.satudata.standar.PemilikMetadata;

/**
 * The {@link PemilikMetadata} beans of every module, by owner kind. Looked up at each call (not at
 * start), so an owning module's implementation may itself use this module's services.
 */
@Component
class PemilikTerdaftar {

	private final ObjectProvider<PemilikMetadata> semua;

	PemilikTerdaftar(ObjectProvider<PemilikMetadata> semua) {
		this.semua = semua;
	}

	Optional<PemilikMetadata> untuk(String jenis) {
		return semua.orderedStream().filter(p -> p.jenis().equals(jenis)).findFirst();
	}

	java.util.List<String> jenis() {
		return semua.orderedStream().map(PemilikMetadata::jenis).toList();
	}

}
