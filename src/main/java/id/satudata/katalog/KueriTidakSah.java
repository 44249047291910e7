package id.satudata.katalog;

import id.satudata.shared.web.UserFacingException;

/**
 * A CKAN query the catalog cannot run: its syntax ({@link Jenis#SINTAKS}), a field it does not know
 * ({@link Jenis#FIELD}) or a sort it cannot apply ({@link Jenis#URUT}).
 *
 * @see PencarianCkan
 */
public class KueriTidakSah extends UserFacingException {

	public enum Jenis {
		SINTAKS, FIELD, URUT
	}

	private final Jenis jenis;
	private final String parameter;

	public KueriTidakSah(Jenis jenis, String parameter, String messageKey, Object... args) {
		super(messageKey, args);
		this.jenis = jenis;
		this.parameter = parameter;
	}

	public Jenis getJenis() {
		return jenis;
	}

	/** Where the problem is: {@code q}, {@code fq} or {@code sort}. */
	public String getParameter() {
		return parameter;
	}

}
