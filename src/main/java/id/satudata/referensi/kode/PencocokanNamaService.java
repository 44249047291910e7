package id.satudata.referensi.kode;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import id.satudata.referensi.NamaKode;
import id.satudata.referensi.PencocokanNama;

/** Loads the candidate codes of a list (under a coverage, at a level) with their parents' names. */
@Service
@Transactional(readOnly = true)
class PencocokanNamaService implements PencocokanNama {

	private final DaftarKodeRepository daftar;
	private final KodeItemStore items;

	PencocokanNamaService(DaftarKodeRepository daftar, KodeItemStore items) {
		this.daftar = daftar;
		this.items = items;
	}

	@Override
	public NamaKode pencocok(String slug, String cakupan, String tingkat) {
		return daftar.findBySlug(slug).map(d -> new NamaKode(kandidat(d.getId(), blank(cakupan), blank(tingkat))))
			.orElseGet(() -> new NamaKode(List.of()));
	}

	private List<NamaKode.Kandidat> kandidat(long daftarId, String cakupan, String tingkat) {
		List<KodeItem> codes;
		if (cakupan != null && tingkat != null) {
			codes = items.descendantsAtLevel(daftarId, cakupan, tingkat);
		}
		else {
			Set<String> under = cakupan == null ? null : items.subtree(daftarId, cakupan);
			codes = items.all(daftarId).values().stream().filter(KodeItem::aktif)
				.filter(k -> under == null || under.contains(k.kode()))
				.filter(k -> tingkat == null || tingkat.equals(k.tingkat())).toList();
		}
		List<String> parents = codes.stream().map(KodeItem::kodeInduk).filter(java.util.Objects::nonNull).distinct()
			.toList();
		Map<String, String> parentNames = new HashMap<>();
		for (int i = 0; i < parents.size(); i += 500) {
			items.findAll(daftarId, parents.subList(i, Math.min(parents.size(), i + 500)))
				.forEach(p -> parentNames.put(p.kode(), p.nama()));
		}
		List<NamaKode.Kandidat> out = new ArrayList<>(codes.size());
		for (KodeItem k : codes) {
			out.add(new NamaKode.Kandidat(k.kode(), k.nama(), k.kodeInduk() == null ? null : parentNames.get(k.kodeInduk())));
		}
		return out;
	}

	private static String blank(String s) {
		return s == null || s.isBlank() ? null : s.strip();
	}

}
