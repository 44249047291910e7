package id.satudata.perencanaan.daftardata;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

/**
 * Likely duplicates in a Daftar Data: active entries whose titles are alike
 * ({@link KemiripanJudul}), each with the entries it resembles (most alike first). Entries of
 * different OPDs are what the Walidata looks for; alike entries of one OPD are shown too.
 */
@Component
class DuplikatEntri {

	/** An entry that resembles {@code entri}, how much, and whether it is another OPD's. */
	record Mirip(Entri entri, int persen, boolean opdLain) {
	}

	private final KemiripanJudul kemiripan;

	DuplikatEntri(KemiripanJudul kemiripan) {
		this.kemiripan = kemiripan;
	}

	Map<Long, List<Mirip>> cari(List<Entri> entri) {
		List<Entri> aktif = entri.stream().filter(e -> e.getStatus().aktif()).toList();
		Map<Long, Entri> byId = new HashMap<>();
		aktif.forEach(e -> byId.put(e.getId(), e));
		Map<Long, List<Mirip>> out = new HashMap<>();
		for (KemiripanJudul.Pasangan p : kemiripan.mirip(aktif.stream()
			.map(e -> new KemiripanJudul.Judul(e.getId(), e.getJudul(), e.getProdusenUnitId())).toList())) {
			Entri a = byId.get(p.a());
			Entri b = byId.get(p.b());
			boolean lain = a.getProdusenUnitId() != b.getProdusenUnitId();
			int persen = (int) Math.round(p.skor() * 100);
			out.computeIfAbsent(a.getId(), k -> new ArrayList<>()).add(new Mirip(b, persen, lain));
			out.computeIfAbsent(b.getId(), k -> new ArrayList<>()).add(new Mirip(a, persen, lain));
		}
		out.values().forEach(l -> l.sort((x, y) -> Integer.compare(y.persen(), x.persen())));
		return out;
	}

}
