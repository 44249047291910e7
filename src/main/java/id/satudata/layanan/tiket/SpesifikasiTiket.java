package id.satudata.layanan.tiket;

import java.time.Instant;
import java.util.Collection;
import java.util.Map;
import java.util.Set;

import jakarta.persistence.criteria.Predicate;

import org.springframework.data.jpa.domain.Specification;

import id.satudata.layanan.internal.TingkatLayanan;

/** Filters on the columns every ticket has, run in the database (lists, inboxes, reports). */
public final class SpesifikasiTiket {

	private SpesifikasiTiket() {
	}

	/** Of one of these service desks (none: nothing). */
	public static <T extends Tiket<?, ?>> Specification<T> diOrganisasi(Collection<Long> organisasi) {
		return organisasi.isEmpty() ? tidakAda() : (root, query, cb) -> root.get("organisasiId").in(organisasi);
	}

	/** Held at one of the user's levels in its organization ({@code tingkat}: the levels per organization). */
	public static <T extends Tiket<?, ?>> Specification<T> dipegang(Map<Long, Set<TingkatLayanan>> tingkat) {
		if (tingkat.values().stream().allMatch(Set::isEmpty)) {
			return tidakAda();
		}
		return (root, query, cb) -> cb.or(tingkat.entrySet().stream().filter(e -> !e.getValue().isEmpty())
			.map(e -> cb.and(cb.equal(root.get("organisasiId"), e.getKey()), root.get("tingkat").in(e.getValue())))
			.toArray(Predicate[]::new));
	}

	/** Of the desk, received or resolved (closed, refused) from {@code dari} (inclusive) to {@code sampai}: what a month counts. */
	public static <T extends Tiket<?, ?>> Specification<T> periode(long organisasi, Instant dari, Instant sampai) {
		return (root, query, cb) -> cb.and(cb.equal(root.get("organisasiId"), organisasi),
				cb.or(cb.and(cb.greaterThanOrEqualTo(root.get("diterimaPada"), dari), cb.lessThan(root.get("diterimaPada"), sampai)),
						cb.and(cb.greaterThanOrEqualTo(root.get("diselesaikanPada"), dari),
								cb.lessThan(root.get("diselesaikanPada"), sampai))));
	}

	/** Of the desk and received by {@code akhir}. */
	public static <T extends Tiket<?, ?>> Specification<T> diterimaSampai(long organisasi, Instant akhir) {
		return (root, query, cb) -> cb.and(cb.equal(root.get("organisasiId"), organisasi),
				cb.lessThanOrEqualTo(root.get("diterimaPada"), akhir));
	}

	public static <T extends Tiket<?, ?>> Specification<T> tidakAda() {
		return (root, query, cb) -> cb.disjunction();
	}

}
