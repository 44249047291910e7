package id.satudata.layanan.rekomendasi;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

import id.satudata.layanan.tiket.BerkasLayanan;
import id.satudata.layanan.tiket.JejakLayanan;
import id.satudata.layanan.tiket.RiwayatLayanan;
import id.satudata.organisasi.OrganisasiDirectory;
import id.satudata.organisasi.UnitRef;
import id.satudata.shared.kalender.WorkingCalendar;
import id.satudata.shared.security.CurrentUser;
import id.satudata.standar.MetadataStatistik;

/**
 * What a recommendation request's page shows: the file and what it still lacks, the parts the user
 * plays (the agency changes the file, the Pembina Data examines it), the checklist, the history and
 * the Pembina Data's clock; the letter's and the decision's forms, unless the model already holds
 * them with their errors.
 */
@Component
class HalamanRekomendasi {

	private final RekomendasiService service;
	private final BerkasRekomendasi file;
	private final RekomendasiAkses akses;
	private final KabarRekomendasi kabar;
	private final JejakLayanan jejak;
	private final MetadataStatistik metadata;
	private final OrganisasiDirectory organisasi;
	private final CurrentUser currentUser;
	private final WorkingCalendar calendar;
	private final Clock clock;

	HalamanRekomendasi(RekomendasiService service, BerkasRekomendasi file, RekomendasiAkses akses, KabarRekomendasi kabar,
			JejakLayanan jejak, MetadataStatistik metadata, OrganisasiDirectory organisasi, CurrentUser currentUser,
			WorkingCalendar calendar, Clock clock) {
		this.service = service;
		this.file = file;
		this.akses = akses;
		this.kabar = kabar;
		this.jejak = jejak;
		this.metadata = metadata;
		this.organisasi = organisasi;
		this.currentUser = currentUser;
		this.calendar = calendar;
		this.clock = clock;
	}

	void isi(Model model, Rekomendasi r) {
		if (!model.containsAttribute("rekomendasiForm")) {
			model.addAttribute("rekomendasiForm", RekomendasiForm.dari(r));
		}
		if (!model.containsAttribute("keputusanForm")) {
			model.addAttribute("keputusanForm", keputusanAwal(r));
		}
		Set<PeranRekomendasi> peran = akses.peran(r);
		model.addAttribute("r", r);
		model.addAttribute("unit", organisasi.unit(r.getPemohonUnitId()).map(UnitRef::nama).orElse(""));
		model.addAttribute("pembina", akses.unitPembina(r.getOrganisasiId()).map(UnitRef::nama).orElse(""));
		model.addAttribute("pemohon", peran.contains(PeranRekomendasi.PEMOHON));
		model.addAttribute("bolehUbah", peran.contains(PeranRekomendasi.PEMOHON) && r.getStatus().dapatDiubah());
		model.addAttribute("bolehPeriksa", peran.contains(PeranRekomendasi.PEMBINA)
				&& r.getStatus() == StatusRekomendasi.DIPERIKSA);
		model.addAttribute("aksi", service.aksiTersedia(r).stream().map(Enum::name).toList());
		model.addAttribute("lengkap", file.kelengkapan(r));
		model.addAttribute("msKeg", r.getMsKegId() == null ? Optional.empty() : metadata.baca(r.getMsKegId()));
		model.addAttribute("kuesioner", file.kuesioner(r));
		model.addAttribute("butirPilihan", ButirPemeriksaan.values());
		Map<ButirPemeriksaan, HasilButir> hasil = new EnumMap<>(ButirPemeriksaan.class);
		r.getButir().forEach(b -> hasil.put(b.getButir(), b));
		model.addAttribute("hasilButir", hasil);
		model.addAttribute("riwayat", jejak.riwayat(RiwayatLayanan.REKOMENDASI, r.getId()));
		model.addAttribute("timer", kabar.timer(r, clock.instant()));
		model.addAttribute("terimaKuesioner", BerkasLayanan.acceptAttribute(BerkasLayanan.KUESIONER));
	}

	/** The decision form as the Pembina Data finds it: the proposed number, today, the BPS office's head, the user. */
	private KeputusanForm keputusanAwal(Rekomendasi r) {
		KeputusanForm k = new KeputusanForm();
		k.setNomorRekomendasi(service.usulNomor(r));
		k.setLokasiPenetapan(r.getLokasi());
		k.setTanggalRekomendasi(LocalDate.now(clock.withZone(calendar.zone())).toString());
		akses.unitPembina(r.getOrganisasiId()).ifPresent(b -> k.setJabatanPenetap("Kepala " + b.nama()));
		currentUser.get().ifPresent(u -> k.setNamaPenetap(u.getNamaLengkap()));
		return k;
	}

}
