package id.satudata.shared.alur;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;

import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.http.HttpStatus;

/**
 * The one workflow core every state machine of the platform uses: a transition table (state ×
 * action → next state, and who may take the action there) plus the conditions a step needs (a
 * note, a complete file, a checklist). Each workflow builds its table once, in one obvious place
 * (a class named {@code Alur…} beside its entity), and the rule is always the same:
 * <ol>
 * <li>the machine decides: {@link #jalankan} answers the next state, or refuses with
 * {@link TransisiDitolak} — 409 when the action does not apply to the state, 403 when none of the
 * user's parts may take it, the condition's own status (400 or 409) when something it needs is
 * missing;</li>
 * <li>the entity applies the state the machine answered (never a state of its own), under
 * optimistic locking, and the service audits the step.</li>
 * </ol>
 * Who may act and where a step leads may depend on the case ({@code K}, the workflow's context
 * record: e.g. whether an OPD has a Walidata Pendukung, which review levels are active); both
 * are functions of the state and that context. Immutable and thread-safe once built.
 *
 * @param <S> the state enum
 * @param <A> the action enum
 * @param <P> the parts a user may play in a case (an enum of roles in the workflow)
 * @param <K> the context a step depends on ({@link Void} or any record when none)
 */
public final class Alur<S extends Enum<S>, A extends Enum<A>, P, K> {

	/** Who may act in a state, given the context (empty: nobody). */
	@FunctionalInterface
	public interface Pelaku<S, P, K> {
		Set<P> dalam(S status, K konteks);
	}

	/** Where a step leads from a state, given the context. */
	@FunctionalInterface
	public interface Tujuan<S, K> {
		S dari(S status, K konteks);
	}

	/** What a condition is checked on: the step's context and its note. */
	public record Masukan<K>(K konteks, String catatan) {

		public boolean adaCatatan() {
			return catatan != null && !catatan.isBlank();
		}

	}

	private record Baris<S, P, K>(Set<S> dari, Tujuan<S, K> ke, Pelaku<S, P, K> oleh) {
	}

	private record Syarat<A, K>(Set<A> aksi, Predicate<Masukan<K>> terpenuhi, HttpStatus status,
			Function<A, String> kunci) {
	}

	private final Class<A> jenisAksi;
	private final Map<A, List<Baris<S, P, K>>> tabel;
	private final List<Syarat<A, K>> syarat;
	private final String kunciTidakBerlaku;
	private final String kunciTidakBerwenang;
	private final Function<S, String> labelStatus;
	private final Function<A, String> labelAksi;

	private Alur(Pembangun<S, A, P, K> b) {
		this.jenisAksi = b.jenisAksi;
		this.tabel = new EnumMap<>(jenisAksi);
		b.tabel.forEach((aksi, baris) -> tabel.put(aksi, List.copyOf(baris)));
		this.syarat = List.copyOf(b.syarat);
		this.kunciTidakBerlaku = b.kunciTidakBerlaku;
		this.kunciTidakBerwenang = b.kunciTidakBerwenang;
		this.labelStatus = b.labelStatus;
		this.labelAksi = b.labelAksi;
	}

	/**
	 * Starts a table. Refusals use the message {@code kunciTidakBerlaku} (arguments: the action's and
	 * the state's labels) and {@code kunciTidakBerwenang} (the action's label); labels are message
	 * keys, resolved in the user's language.
	 */
	public static <S extends Enum<S>, A extends Enum<A>, P, K> Pembangun<S, A, P, K> tabel(Class<S> jenisStatus,
			Class<A> jenisAksi, String kunciTidakBerlaku, String kunciTidakBerwenang, Function<S, String> labelStatus,
			Function<A, String> labelAksi) {
		return new Pembangun<>(jenisStatus, jenisAksi, kunciTidakBerlaku, kunciTidakBerwenang, labelStatus, labelAksi);
	}

	/**
	 * The state after {@code aksi}, or the reason it is refused (checked in this order: the action
	 * applies to the state; the user plays a part that may take it; each condition of the action).
	 */
	public S jalankan(S dari, A aksi, Set<P> peran, K konteks, String catatan) {
		Baris<S, P, K> baris = baris(dari, aksi);
		Set<P> boleh = baris == null ? Set.of() : baris.oleh().dalam(dari, konteks);
		if (boleh.isEmpty()) {
			throw new TransisiDitolak(HttpStatus.CONFLICT, kunciTidakBerlaku, label(labelAksi.apply(aksi)),
					label(labelStatus.apply(dari)));
		}
		if (peran.stream().noneMatch(boleh::contains)) {
			throw new TransisiDitolak(HttpStatus.FORBIDDEN, kunciTidakBerwenang,
					label(labelAksi.apply(aksi)));
		}
		Masukan<K> masukan = new Masukan<>(konteks, catatan);
		for (Syarat<A, K> s : syarat) {
			if (s.aksi().contains(aksi) && !s.terpenuhi().test(masukan)) {
				throw new TransisiDitolak(s.status(), s.kunci().apply(aksi), label(labelAksi.apply(aksi)));
			}
		}
		return baris.ke().dari(dari, konteks);
	}

	/** {@link #jalankan} for a workflow whose steps depend on nothing but the state. */
	public S jalankan(S dari, A aksi, Set<P> peran, String catatan) {
		return jalankan(dari, aksi, peran, null, catatan);
	}

	/** The actions these parts may take in this state (conditions such as notes not considered). */
	public Set<A> aksiTersedia(S status, Set<P> peran, K konteks) {
		Set<A> out = EnumSet.noneOf(jenisAksi);
		for (A aksi : jenisAksi.getEnumConstants()) {
			if (pelaku(status, aksi, konteks).stream().anyMatch(peran::contains)) {
				out.add(aksi);
			}
		}
		return out;
	}

	public Set<A> aksiTersedia(S status, Set<P> peran) {
		return aksiTersedia(status, peran, null);
	}

	/** Who may take {@code aksi} in {@code status}; empty when the action does not apply there. */
	public Set<P> pelaku(S status, A aksi, K konteks) {
		Baris<S, P, K> baris = baris(status, aksi);
		return baris == null ? Set.of() : baris.oleh().dalam(status, konteks);
	}

	public Set<P> pelaku(S status, A aksi) {
		return pelaku(status, aksi, null);
	}

	/** Whether {@code aksi} is in the table for {@code status} with anyone allowed to take it. */
	public boolean berlaku(S status, A aksi, K konteks) {
		return !pelaku(status, aksi, konteks).isEmpty();
	}

	private Baris<S, P, K> baris(S dari, A aksi) {
		for (Baris<S, P, K> b : tabel.getOrDefault(aksi, List.of())) {
			if (b.dari().contains(dari)) {
				return b;
			}
		}
		return null;
	}

	private static DefaultMessageSourceResolvable label(String key) {
		return new DefaultMessageSourceResolvable(key);
	}

	/** Builds a table row by row: {@code langkah(A).dari(S...).ke(S).oleh(P...)}. */
	public static final class Pembangun<S extends Enum<S>, A extends Enum<A>, P, K> {

		private final Class<S> jenisStatus;
		private final Class<A> jenisAksi;
		private final String kunciTidakBerlaku;
		private final String kunciTidakBerwenang;
		private final Function<S, String> labelStatus;
		private final Function<A, String> labelAksi;
		private final Map<A, List<Baris<S, P, K>>> tabel;
		private final List<Syarat<A, K>> syarat = new ArrayList<>();

		private Pembangun(Class<S> jenisStatus, Class<A> jenisAksi, String kunciTidakBerlaku,
				String kunciTidakBerwenang, Function<S, String> labelStatus, Function<A, String> labelAksi) {
			this.jenisStatus = jenisStatus;
			this.jenisAksi = jenisAksi;
			this.kunciTidakBerlaku = Objects.requireNonNull(kunciTidakBerlaku);
			this.kunciTidakBerwenang = Objects.requireNonNull(kunciTidakBerwenang);
			this.labelStatus = labelStatus;
			this.labelAksi = labelAksi;
			this.tabel = new EnumMap<>(jenisAksi);
		}

		/** A row for {@code aksi}; finish it with {@code dari(…).ke(…).oleh(…)}. */
		public Langkah langkah(A aksi) {
			return new Langkah(aksi);
		}

		/**
		 * A condition the listed actions need, refused with {@code status} and the message {@code kunci}
		 * (argument: the action's label).
		 */
		@SafeVarargs
		public final Pembangun<S, A, P, K> syarat(Predicate<Masukan<K>> terpenuhi,
				HttpStatus status, String kunci, A... aksi) {
			return syarat(terpenuhi, status, a -> kunci, aksi);
		}

		/** As {@link #syarat(Predicate, HttpStatus, String, Enum[])}, one message per action. */
		@SafeVarargs
		public final Pembangun<S, A, P, K> syarat(Predicate<Masukan<K>> terpenuhi,
				HttpStatus status, Function<A, String> kunci, A... aksi) {
			syarat.add(new Syarat<>(Set.copyOf(List.of(aksi)), terpenuhi, status, kunci));
			return this;
		}

		/** The listed actions need a note (400 with {@code kunci} when it is blank). */
		@SafeVarargs
		public final Pembangun<S, A, P, K> catatanWajib(String kunci, A... aksi) {
			return syarat(Masukan::adaCatatan, HttpStatus.BAD_REQUEST, kunci, aksi);
		}

		/** As {@link #catatanWajib(String, Enum[])}, one message per action. */
		@SafeVarargs
		public final Pembangun<S, A, P, K> catatanWajib(Function<A, String> kunci, A... aksi) {
			return syarat(Masukan::adaCatatan, HttpStatus.BAD_REQUEST, kunci, aksi);
		}

		public Alur<S, A, P, K> bangun() {
			return new Alur<>(this);
		}

		/** One row of the table in the making. */
		public final class Langkah {

			private final A aksi;
			private Set<S> dari;
			private Tujuan<S, K> ke;

			private Langkah(A aksi) {
				this.aksi = aksi;
			}

			@SafeVarargs
			public final Langkah dari(S... status) {
				this.dari = status.length == 0 ? EnumSet.noneOf(jenisStatus) : EnumSet.copyOf(List.of(status));
				return this;
			}

			public Langkah dari(Set<S> status) {
				this.dari = status.isEmpty() ? EnumSet.noneOf(jenisStatus) : EnumSet.copyOf(status);
				return this;
			}

			/** Every state. */
			public Langkah dariMana() {
				this.dari = EnumSet.allOf(jenisStatus);
				return this;
			}

			public Langkah ke(S status) {
				this.ke = (s, k) -> status;
				return this;
			}

			public Langkah ke(Tujuan<S, K> tujuan) {
				this.ke = tujuan;
				return this;
			}

			/** The parts that may take the step. */
			@SafeVarargs
			public final Pembangun<S, A, P, K> oleh(P... peran) {
				Set<P> tetap = Set.copyOf(new LinkedHashSet<>(List.of(peran)));
				return oleh((s, k) -> tetap);
			}

			/** The parts that may take the step, depending on the state and the case. */
			public Pembangun<S, A, P, K> oleh(Pelaku<S, P, K> pelaku) {
				if (dari == null || ke == null) {
					throw new IllegalStateException("langkah " + aksi + ": dari(...) dan ke(...) belum ditetapkan");
				}
				tabel.computeIfAbsent(aksi, a -> new ArrayList<>()).add(new Baris<>(dari, ke, pelaku));
				return Pembangun.this;
			}

			/** As {@link #oleh(Pelaku)} with the parts depending on the case only. */
			public Pembangun<S, A, P, K> olehKonteks(Function<K, Set<P>> pelaku) {
				return oleh((s, k) -> pelaku.apply(k));
			}

		}

	}

	/** Convenience for building {@link Tujuan}s that depend only on the context. */
	public static <S, K> Tujuan<S, K> menurut(Function<K, S> tujuan) {
		return (s, k) -> tujuan.apply(k);
	}

}
