package id.satudata.standar.metadata;

import java.util.List;

import id.satudata.shared.web.UserFacingException;

/** Values of a metadata form that cannot be saved; nothing was changed. */
class IsianTidakValidException extends UserFacingException {

	private final transient List<IsiMetadata.Galat> galat;

	IsianTidakValidException(List<IsiMetadata.Galat> galat) {
		super("metadata.galat.isian", galat.size());
		this.galat = List.copyOf(galat);
	}

	List<IsiMetadata.Galat> getGalat() {
		return galat;
	}

}
