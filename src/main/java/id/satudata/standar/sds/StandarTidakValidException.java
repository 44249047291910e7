package id.satudata.standar.sds;

import java.util.List;

import id.satudata.shared.web.UserFacingException;

/** A standard's content that breaks the rules; nothing was saved. */
public class StandarTidakValidException extends UserFacingException {

	private final transient List<DrafStandar.Galat> galat;

	public StandarTidakValidException(List<DrafStandar.Galat> galat) {
		super("sds.galat.isian", galat.size());
		this.galat = List.copyOf(galat);
	}

	public List<DrafStandar.Galat> getGalat() {
		return galat;
	}

}
