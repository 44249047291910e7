package id.satudata.notifikasi;

import id.satudata.shared.security.Peran;

/** Who a notification is for. */
public sealed interface Penerima {

	/** One user. */
	record Pengguna(long penggunaId) implements Penerima {
	}

	/** Every active holder of a role in an organization (org-wide or in any of its units). */
	record PemegangPeran(Peran peran, long organisasiId) implements Penerima {
	}

	/** Every active holder of a role for one unit (unit-scoped grants and org-wide ones). */
	record PemegangPeranUnit(Peran peran, long organisasiId, long unitId) implements Penerima {
	}

	/** A person without an account (e.g. a member of the public who filed a request): e-mail only. */
	record Surel(String alamat, String nama) implements Penerima {

		public Surel {
			if (alamat == null || !alamat.contains("@")) {
				throw new IllegalArgumentException("not an e-mail address: " + alamat);
			}
		}

	}

	static Penerima pengguna(long id) {
		return new Pengguna(id);
	}

	static Penerima peran(Peran peran, long organisasiId) {
		return new PemegangPeran(peran, organisasiId);
	}

	static Penerima peranUnit(Peran peran, long organisasiId, long unitId) {
		return new PemegangPeranUnit(peran, organisasiId, unitId);
	}

	static Penerima surel(String alamat, String nama) {
		return new Surel(alamat, nama);
	}

}
