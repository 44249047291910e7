package id.satudata.perencanaan.monitoring;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.stereotype.Component;

import id.satudata.shared.web.Messages;

/** The dashboard's charts as JSON for {@code static/js/perencanaan.js} (ECharts), labels in the user's language. */
@Component
class GrafikMonitoring {

	private final Messages messages;

	GrafikMonitoring(Messages messages) {
		this.messages = messages;
	}

	Map<String, Object> json(MonitoringService.Dasbor d, String tautanOpd) {
		Map<String, Object> out = new LinkedHashMap<>();
		Map<String, Object> opd = new LinkedHashMap<>();
		opd.put("nama", d.perOpd().stream().map(MonitoringService.Baris::nama).toList());
		opd.put("tautan", d.perOpd().stream().map(b -> tautanOpd == null ? null : tautanOpd.replace("{id}",
				String.valueOf(b.id()))).toList());
		opd.put("seri", List.of(
				seri("monitoring.rilis", d.perOpd().stream().map(b -> (Object) b.ringkasan().rilis()).toList()),
				seri("monitoring.jatuhTempo", d.perOpd().stream().map(b -> (Object) b.ringkasan().jatuhTempo()).toList()),
				seri("monitoring.terkumpul", d.perOpd().stream().map(b -> (Object) b.ringkasan().terkumpul()).toList()),
				seri("monitoring.terperiksa", d.perOpd().stream().map(b -> (Object) b.ringkasan().terperiksa()).toList()),
				seri("monitoring.terbit", d.perOpd().stream().map(b -> (Object) b.ringkasan().terbit()).toList())));
		out.put("opd", opd);
		Map<String, Object> wilayah = new LinkedHashMap<>();
		wilayah.put("nama", d.perWilayah().stream().map(b -> b.nama().replaceFirst("^Pemerintah ", "")).toList());
		wilayah.put("seri", List.of(
				seri("monitoring.tepatWaktu", d.perWilayah().stream().map(b -> (Object) b.ringkasan().persenTepatWaktu())
					.toList()),
				seri("monitoring.pemenuhanPrioritas", d.perWilayah().stream()
					.map(b -> (Object) b.ringkasan().persenPrioritas()).toList()),
				seri("monitoring.skor", d.perWilayah().stream().map(b -> (Object) b.ringkasan().skor()).toList())));
		out.put("wilayah", wilayah);
		Map<String, Double> tahap = new TreeMap<>(d.total().waktuTahap());
		Map<String, Object> steps = new LinkedHashMap<>();
		steps.put("nama", new ArrayList<>(tahap.keySet().stream().map(this::tahap).toList()));
		steps.put("jam", new ArrayList<>(tahap.values()));
		steps.put("satuan", messages.get("monitoring.jamKerja"));
		out.put("tahap", steps);
		Map<String, Object> capaian = new LinkedHashMap<>();
		capaian.put("tepatWaktu", d.total().persenTepatWaktu());
		capaian.put("prioritas", d.total().persenPrioritas());
		capaian.put("skor", d.total().skor());
		capaian.put("label", List.of(messages.get("monitoring.tepatWaktu"), messages.get("monitoring.pemenuhanPrioritas"),
				messages.get("monitoring.skor")));
		out.put("capaian", capaian);
		return out;
	}

	private Map<String, Object> seri(String key, List<Object> data) {
		Map<String, Object> m = new LinkedHashMap<>();
		m.put("nama", messages.get(key));
		m.put("data", data);
		return m;
	}

	/** A review step's label: the review module's status label when there is one. */
	String tahap(String step) {
		return messages.label("pemeriksaan.status." + step, step);
	}

}
