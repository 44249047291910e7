package id.satudata.katalog.internal;

import java.util.function.Supplier;

/**
 * Marks the current thread as applying a harvest: only then may a harvested dataset change (it is
 * read-only to everyone else, the platform included). Set by {@link PanenKatalogService} alone.
 */
public final class PanenScope {

	private static final ThreadLocal<Boolean> AKTIF = ThreadLocal.withInitial(() -> false);

	private PanenScope() {
	}

	public static boolean aktif() {
		return AKTIF.get();
	}

	static <T> T run(Supplier<T> work) {
		boolean before = AKTIF.get();
		AKTIF.set(true);
		try {
			return work.get();
		}
		finally {
			AKTIF.set(before);
		}
	}

}
