package id.satudata.organisasi.keamanan;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.springframework.stereotype.Component;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import id.satudata.organisasi.internal.OrganisasiProperties;
import id.satudata.shared.audit.Audit;

/**
 * Failed logins slow down further attempts instead of locking the account. Failures are counted per
 * account name (as typed, whether or not it exists, so the answers never tell) and per client
 * address; after {@code satudata.keamanan.login-bebas} free failures each one doubles the wait
 * (from {@code jeda-awal} to at most {@code jeda-maks}). An address without failures is clean: the
 * account's wait does not apply to it, so an attacker cannot keep the owner out; an attacker's
 * addresses pay the account's wait and their own. Nothing here touches API tokens. Counters live in
 * memory and are forgotten an hour after the last failure; administrators see and clear them.
 */
@Component
public class LoginThrottle {

	/** What is counted. */
	public enum Jenis {
		AKUN, ALAMAT
	}

	/** A counter: failures so far, the last one, and the time before which attempts are refused. */
	public record Penahanan(Jenis jenis, String kunci, int gagal, Instant terakhir, Instant sampai) {

		public boolean aktif(Instant now) {
			return sampai != null && sampai.isAfter(now);
		}

	}

	private final Cache<String, Penahanan> counters = Caffeine.newBuilder().maximumSize(100_000)
		.expireAfterWrite(Duration.ofHours(1)).build();
	private final OrganisasiProperties properties;
	private final Audit audit;
	private final Clock clock;

	LoginThrottle(OrganisasiProperties properties, Audit audit, Clock clock) {
		this.properties = properties;
		this.audit = audit;
		this.clock = clock;
	}

	/** How long this attempt must still wait (zero: it may try). */
	public Duration tunggu(String username, String address) {
		Instant now = clock.instant();
		Penahanan byAddress = counters.getIfPresent(key(Jenis.ALAMAT, address));
		Duration wait = remaining(byAddress, now);
		if (byAddress != null) {
			// only an address that has failed before pays the account's wait
			Duration account = remaining(counters.getIfPresent(key(Jenis.AKUN, normal(username))), now);
			wait = account.compareTo(wait) > 0 ? account : wait;
		}
		return wait;
	}

	/** Counts a failed login of this name from this address. */
	public void gagal(String username, String address) {
		count(Jenis.AKUN, normal(username));
		count(Jenis.ALAMAT, address);
	}

	/** A successful login ends the account's counter (the address keeps its own). */
	public void berhasil(String username) {
		counters.invalidate(key(Jenis.AKUN, normal(username)));
	}

	/** Counters with failures, the waiting ones first. */
	public List<Penahanan> semua() {
		List<Penahanan> all = new ArrayList<>(counters.asMap().values());
		all.sort(Comparator.comparing((Penahanan p) -> p.sampai() == null ? Instant.MIN : p.sampai()).reversed()
			.thenComparing(Penahanan::kunci));
		return all;
	}

	/** Clears a counter (administrator), audited. */
	public boolean hapus(Jenis jenis, String kunci) {
		Penahanan removed = counters.asMap().remove(key(jenis, kunci));
		if (removed != null) {
			audit.record("login.penahananDihapus", "Penahanan", jenis + ":" + kunci, removed.gagal() + " gagal");
		}
		return removed != null;
	}

	private void count(Jenis jenis, String kunci) {
		Instant now = clock.instant();
		Penahanan next = counters.asMap().compute(key(jenis, kunci), (k, old) -> {
			int failures = old == null ? 1 : old.gagal() + 1;
			return new Penahanan(jenis, kunci, failures, now, now.plus(delay(failures)));
		});
		if (next.gagal() == properties.loginBebas() + 1) {
			audit.recordAs("sistem", "login.ditahan", "Penahanan", jenis + ":" + kunci,
					next.gagal() + " gagal; tunggu " + delay(next.gagal()).toSeconds() + " detik");
		}
	}

	Duration delay(int failures) {
		int over = failures - properties.loginBebas();
		if (over <= 0) {
			return Duration.ZERO;
		}
		Duration max = properties.jedaMaks();
		Duration d = properties.jedaAwal();
		for (int i = 1; i < over && d.compareTo(max) < 0; i++) {
			d = d.multipliedBy(2);
		}
		return d.compareTo(max) > 0 ? max : d;
	}

	private static Duration remaining(Penahanan p, Instant now) {
		return p == null || !p.aktif(now) ? Duration.ZERO : Duration.between(now, p.sampai());
	}

	private static String key(Jenis jenis, String kunci) {
		return jenis + ":" + kunci;
	}

	static String normal(String username) {
		String u = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
		return u.length() > 100 ? u.substring(0, 100) : u;
	}

}
