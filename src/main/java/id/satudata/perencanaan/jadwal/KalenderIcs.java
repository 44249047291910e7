package id.satudata.perencanaan.jadwal;

import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.Map;

import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.VEvent;
import biweekly.property.Categories;
import biweekly.property.Status;
import biweekly.util.ICalDate;
import org.springframework.stereotype.Component;

import id.satudata.shared.SatuDataProperties;
import id.satudata.shared.web.Messages;

/**
 * The release calendar as iCalendar (RFC 5545, written by biweekly): one all-day event per
 * scheduled release on its planned date, with a stable UID (entry and period), so a subscribed
 * calendar updates a moved release instead of adding another.
 */
@Component
class KalenderIcs {

	private final SatuDataProperties properties;
	private final Messages messages;

	KalenderIcs(SatuDataProperties properties, Messages messages) {
		this.properties = properties;
		this.messages = messages;
	}

	String write(String nama, List<Rilisan> rilis, Map<Long, String> namaUnit, ZoneId zone) {
		ICalendar ical = new ICalendar();
		ical.setProductId("-//Satu Data//Jadwal Rilis//ID");
		ical.setName(nama);
		ical.setExperimentalProperty("X-WR-CALNAME", nama);
		ical.setExperimentalProperty("X-WR-TIMEZONE", zone.getId());
		String host = properties.baseUrl().replaceFirst("^https?://", "").replaceAll("[/:].*$", "");
		for (Rilisan r : rilis) {
			VEvent e = new VEvent();
			e.setUid("jadwal-rilis-" + r.entri().getId() + "-" + r.jadwal().getPeriode() + "@" + host);
			// biweekly writes a date-only value in the JVM's default zone
			Date day = Date.from(r.jadwal().getTanggalRencana().atStartOfDay(ZoneId.systemDefault()).toInstant());
			e.setDateStart(new ICalDate(day, false));
			e.setSummary(r.entri().getJudul() + " (" + r.jadwal().getPeriode() + ")");
			String unit = namaUnit.getOrDefault(r.entri().getProdusenUnitId(), "");
			StringBuilder desc = new StringBuilder();
			desc.append(messages.get("jadwalRilis.ics.produsen", unit)).append('\n');
			desc.append(messages.get("jadwalRilis.ics.periode", r.jadwal().getPeriode())).append('\n');
			desc.append(messages.get("jadwalRilis.ics.status", messages.get(r.kewajiban().tahap().labelKey())
					+ (r.terlambat() ? " — " + messages.get("jadwalRilis.status.TERLAMBAT") : "")));
			e.setDescription(desc.toString());
			if (r.kewajiban().datasetSlug() != null && r.terbit()) {
				e.setUrl(properties.baseUrl() + "/dataset/" + r.kewajiban().datasetSlug());
			}
			Categories c = new Categories(messages.get(r.entri().getFrekuensi().labelKey()));
			if (r.entri().isPrioritas()) {
				c.getValues().add(messages.get("entri.dataPrioritas"));
			}
			e.addCategories(c);
			e.setStatus(r.terbit() ? Status.confirmed() : Status.tentative());
			e.setLastModified(Date.from(r.entri().getDiubahPada()));
			ical.addEvent(e);
		}
		return Biweekly.write(ical).go();
	}

}
