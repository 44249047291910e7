package id.satudata.referensi;

import java.util.List;

/**
 * Publishing a code list maintained elsewhere (e.g. an approved SDS Klasifikasi, kept by the
 * standards module) as a Kode Referensi list, so uploads can be checked against it like any list.
 * The caller has authorized the change; it goes through the same checked import as a Walidata's
 * file (all or nothing, a new version, codes no longer listed are retired) and is audited as the
 * current user.
 */
public interface KodeReferensiPublikasi {

	/**
	 * Creates the list if it does not exist, then makes its codes exactly {@code kode}.
	 *
	 * @return the list's version after publication
	 * @throws id.satudata.shared.web.UserFacingException naming the first bad code when the codes are not acceptable
	 */
	int terbitkan(Daftar daftar, List<Kode> kode);

	/**
	 * The list.
	 *
	 * @param slug its identifier ({@code [a-z0-9][a-z0-9-]{1,59}})
	 */
	record Daftar(String slug, String nama, String deskripsi, String sumber, Long pemilikOrganisasiId) {
	}

	/** One code; {@code kodeInduk} for a hierarchy, else {@code null}. */
	record Kode(String kode, String nama, String kodeInduk) {
	}

}
