package id.satudata.standar.metadata;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import id.satudata.referensi.KodeReferensiLookup;
import id.satudata.referensi.KodeView;
import id.satudata.shared.web.Messages;
import id.satudata.shared.web.Waktu;
import id.satudata.standar.Kelengkapan;
import id.satudata.standar.MetadataView;
import id.satudata.standar.MetadataView.BlokView;
import id.satudata.standar.MetadataView.IsianView;
import id.satudata.standar.TipeIsian;
import id.satudata.standar.geospasial.KotakBatas;

/** Metadata documents as people read them: labels, choice names, dates and regions in the request's language. */
@Component
public class TampilanMetadata {

	private final Messages messages;
	private final Waktu waktu;
	private final KodeReferensiLookup kodeReferensi;

	TampilanMetadata(Messages messages, Waktu waktu, KodeReferensiLookup kodeReferensi) {
		this.messages = messages;
		this.waktu = waktu;
		this.kodeReferensi = kodeReferensi;
	}

	MetadataView view(DokumenMetadata d, Map<String, Object> isi, List<Formulir.Blok> blok, boolean hanyaPublik) {
		Formulir f = DefinisiFormulir.untuk(d.getJenis());
		List<BlokView> out = new ArrayList<>();
		for (Formulir.Blok b : blok) {
			List<IsianView> fields = new ArrayList<>();
			for (Formulir.Isian i : b.isian()) {
				if (hanyaPublik && !i.publik()) {
					continue;
				}
				Object v = isi.get(i.kode());
				fields.add(new IsianView(i.kode(), label(f, i), i.tipe(), v, tampilan(f, i, isi), i.wajibPada(isi),
						i.publik()));
			}
			out.add(new BlokView(b.kode(), messages.get(f.blokKey(b)), List.copyOf(fields)));
		}
		Object rekomendasi = isi.get("identitasRekomendasi");
		return new MetadataView(d.getId(), d.getJenis(), d.pemilik(), d.getTahun(), d.getJudul(), d.getStatus(),
				rekomendasi instanceof String s ? s : null, List.copyOf(out), d.getDibuatPada(), d.getDiubahPada(),
				d.getVersion());
	}

	Kelengkapan kelengkapan(Formulir f, List<IsiMetadata.Kurang> kurang) {
		return new Kelengkapan(kurang.stream().map(k -> {
			Formulir.Blok b = f.blok(k.blok()).orElseThrow();
			Formulir.Isian i = f.isian(k.isian()).orElseThrow();
			String label = label(f, i);
			if (k.kolom() != null) {
				label = messages.get("metadata.kurang.sel", label, k.baris(), messages.get(f.labelKey(i) + "." + k.kolom()));
			}
			else if (k.lainnya()) {
				label = messages.get("metadata.kurang.lainnya", label);
			}
			return new Kelengkapan.Kekurangan(k.blok(), messages.get(f.blokKey(b)), k.isian(), label);
		}).toList());
	}

	String label(Formulir f, Formulir.Isian i) {
		return messages.get(f.labelKey(i));
	}

	public String pilihan(String daftar, String nilai) {
		return messages.label(Pilihan.labelKey(daftar, nilai), nilai);
	}

	/** The value as text. */
	public String tampilan(Formulir f, Formulir.Isian i, Map<String, Object> isi) {
		Object v = isi.get(i.kode());
		if (IsiMetadata.kosong(v)) {
			return "";
		}
		String lainnya = i.denganLainnya() && isi.get(i.kodeLainnya()) instanceof String s ? s : null;
		return switch (i.tipe()) {
			case PILIHAN, YA_TIDAK -> {
				String t = pilihan(i.daftar(), (String) v);
				yield Pilihan.LAINNYA.equals(v) && lainnya != null ? t + ": " + lainnya : t;
			}
			case PILIHAN_GANDA -> ((List<?>) v).stream().map(o -> {
				String t = pilihan(i.daftar(), String.valueOf(o));
				return Pilihan.LAINNYA.equals(o) && lainnya != null ? t + ": " + lainnya : t;
			}).collect(Collectors.joining(", "));
			case TANGGAL -> tanggal((String) v);
			case RENTANG_TANGGAL -> {
				Map<?, ?> m = (Map<?, ?>) v;
				yield tanggal((String) m.get(DefinisiFormulir.JADWAL_MULAI)) + " – "
						+ tanggal((String) m.get(DefinisiFormulir.JADWAL_SELESAI));
			}
			case KOTAK_BATAS -> {
				Map<?, ?> m = (Map<?, ?>) v;
				yield messages.get("metadata.kotak.tampilan", nz(m.get(KotakBatas.BARAT)),
						nz(m.get(KotakBatas.TIMUR)), nz(m.get(KotakBatas.SELATAN)),
						nz(m.get(KotakBatas.UTARA)));
			}
			case WILAYAH -> ((List<?>) v).stream().map(o -> {
				String code = String.valueOf(o);
				return code + " " + kodeReferensi.kode(KodeReferensiLookup.WILAYAH, code).map(KodeView::nama).orElse("");
			}).map(String::strip).collect(Collectors.joining(", "));
			case TABEL -> ((List<?>) v).stream().map(row -> {
				Map<?, ?> r = (Map<?, ?>) row;
				return i.kolom().stream().map(k -> r.get(k) == null ? "" : String.valueOf(r.get(k)))
					.filter(s -> !s.isBlank()).collect(Collectors.joining(" — "));
			}).collect(Collectors.joining("\n"));
			default -> String.valueOf(v);
		};
	}

	private static String nz(Object o) {
		return o == null ? "…" : String.valueOf(o);
	}

	private String tanggal(String iso) {
		if (iso == null) {
			return "…";
		}
		try {
			return waktu.tanggal(LocalDate.parse(iso));
		}
		catch (DateTimeParseException e) {
			return iso;
		}
	}

	/** Whether a region code exists at the province or kabupaten/kota level. */
	boolean wilayahAda(String kode) {
		return kodeReferensi.kode(KodeReferensiLookup.WILAYAH, kode)
			.filter(k -> "provinsi".equals(k.tingkat()) || "kabupaten_kota".equals(k.tingkat())).isPresent();
	}

	static boolean tabel(Formulir.Isian i) {
		return i.tipe() == TipeIsian.TABEL;
	}

}
