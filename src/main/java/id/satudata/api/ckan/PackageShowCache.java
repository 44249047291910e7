package id.satudata.api.ckan;

import org.springframework.stereotype.Component;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

/**
 * {@code package_show}'s answer for the public, kept as the JSON bytes sent (envelope included), by
 * the {@code id} asked for (name or id) and the dataset's row version it was built at, so the package dict is not
 * built and its 4 KB of JSON not written again for every reader (issue 18). Only the answer to an anonymous caller about a TERBUKA dataset is
 * ever kept ({@link PackageActions#packageShowPublic}); an answer for a token's user, or about a
 * dataset of any other access level, is built every time. A kept answer is sent only while the
 * dataset's row version is still the one it was built at: every change of what the public sees of a
 * dataset writes its row (the catalog's own public view relies on the same), and the version is read
 * from the shared database on every request, so every node of a cluster sees a change at once.
 */
@Component
class PackageShowCache {

	/** A kept answer: the dataset's numeric id (its usage is still counted per request), its row version, the bytes. */
	record Kept(long datasetId, long version, byte[] json) {
	}

	private final Cache<String, Kept> kept = Caffeine.newBuilder().maximumSize(2000)
		// the government and topic names in the answer are looked up with this lifetime (CkanDicts)
		.expireAfterWrite(java.time.Duration.ofMinutes(10)).build();

	/** The answer kept for {@code id} at that row version, if any. */
	Kept get(String id, long version) {
		Kept k = kept.getIfPresent(id);
		return k != null && k.version() == version ? k : null;
	}

	void put(String id, Kept answer) {
		kept.put(id, answer);
	}

}
