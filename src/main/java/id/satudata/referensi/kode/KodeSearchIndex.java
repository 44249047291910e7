package id.satudata.referensi.kode;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Name and code search over a code list, in memory. A contains-search cannot use a database index,
 * and scanning the 91,599 region names twice per keystroke (page and count) costs hundreds of
 * milliseconds; a snapshot per list version answers in a few. The snapshot is keyed by the list's
 * version and change time, so every node sees a change at its next search, and a rolled-back
 * import leaves no stale snapshot behind.
 */
@Component
class KodeSearchIndex {

	/** One list's codes in search order (shortest code first, then by code). */
	record Snapshot(int versi, Instant diubah, String[] kode, String[] namaCari, String[] tingkat, boolean[] aktif) {
	}

	/** The codes of one page of matches, in order, and how many matched in all. */
	record Matches(List<String> kode, long total) {
	}

	private final JdbcTemplate jdbc;
	private final Map<Long, Snapshot> snapshots = new ConcurrentHashMap<>();

	KodeSearchIndex(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	Matches search(DaftarKode daftar, String q, String tingkat, boolean withRetired, int limit, int offset) {
		Snapshot s = snapshot(daftar);
		String needle = q == null || q.isBlank() ? null : q.strip().toLowerCase(Locale.ROOT);
		String prefix = q == null ? null : q.strip();
		String level = tingkat == null || tingkat.isBlank() ? null : tingkat;
		List<String> page = new ArrayList<>(Math.min(limit, 1000));
		long total = 0;
		for (int i = 0; i < s.kode().length; i++) {
			if (!withRetired && !s.aktif()[i]) {
				continue;
			}
			if (level != null && !level.equals(s.tingkat()[i])) {
				continue;
			}
			if (needle != null && !s.namaCari()[i].contains(needle) && !s.kode()[i].startsWith(prefix)) {
				continue;
			}
			if (total >= offset && page.size() < limit) {
				page.add(s.kode()[i]);
			}
			total++;
		}
		return new Matches(page, total);
	}

	private Snapshot snapshot(DaftarKode daftar) {
		Snapshot current = snapshots.get(daftar.getId());
		if (current != null && current.versi() == daftar.getVersi() && current.diubah().equals(daftar.getDiubahPada())) {
			return current;
		}
		List<String> kode = new ArrayList<>();
		List<String> nama = new ArrayList<>();
		List<String> tingkat = new ArrayList<>();
		List<Boolean> aktif = new ArrayList<>();
		jdbc.query("SELECT kode, nama_cari, tingkat, aktif FROM kode_referensi_item WHERE daftar_id = ? "
				+ "ORDER BY LENGTH(kode), kode", rs -> {
					kode.add(rs.getString(1));
					nama.add(rs.getString(2));
					tingkat.add(rs.getString(3));
					aktif.add(rs.getBoolean(4));
				}, daftar.getId());
		boolean[] active = new boolean[aktif.size()];
		for (int i = 0; i < active.length; i++) {
			active[i] = aktif.get(i);
		}
		Snapshot fresh = new Snapshot(daftar.getVersi(), daftar.getDiubahPada(), kode.toArray(String[]::new),
				nama.toArray(String[]::new), tingkat.toArray(String[]::new), active);
		snapshots.put(daftar.getId(), fresh);
		return fresh;
	}

}
