package id.satudata.ppid.permohonan;

import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;

import id.satudata.katalog.StubDataset;
import id.satudata.notifikasi.Notifikasi;
import id.satudata.notifikasi.Pemberitahuan;
import id.satudata.notifikasi.Penerima;
import id.satudata.shared.security.Peran;

/**
 * Who hears of a request and when (in the back office and by e-mail, through {@link Notifikasi}):
 * the PPID when it is filed and when a view comes back; the Walidata (and the producing unit) when
 * it is forwarded; the requester at every decision; the superior and the PPID on an objection.
 */
@Component
class KabarPermohonan {

	static final String JENIS = "ppid";

	private final Notifikasi notifikasi;

	KabarPermohonan(Notifikasi notifikasi) {
		this.notifikasi = notifikasi;
	}

	void diajukan(Permohonan p) {
		notifikasi.kirim(List.of(ppid(p)), pesan(p, "ppid.notif.diajukan", true));
		notifikasi.kirim(List.of(pemohon(p)), pesan(p, "ppid.notif.diterima", false));
	}

	void diteruskan(Permohonan p, StubDataset stub) {
		List<Penerima> kepada = new ArrayList<>();
		kepada.add(Penerima.peran(Peran.WALIDATA, p.getOrganisasiId()));
		if (stub != null) {
			kepada.add(Penerima.peranUnit(Peran.PRODUSEN_DATA, stub.organisasiId(), stub.produsenUnitId()));
		}
		notifikasi.kirim(kepada, pesan(p, "ppid.notif.diteruskan", true));
	}

	void pendapat(Permohonan p) {
		notifikasi.kirim(List.of(ppid(p)), pesan(p, "ppid.notif.pendapat", true));
	}

	void kepadaPemohon(Permohonan p, String key) {
		notifikasi.kirim(List.of(pemohon(p)), pesan(p, key, false));
	}

	void keberatan(Permohonan p) {
		notifikasi.kirim(List.of(Penerima.peran(Peran.KEPALA_DINAS, p.getOrganisasiId()), ppid(p)),
				pesan(p, "ppid.notif.keberatan", true));
	}

	void keberatanDiputus(Permohonan p, String key) {
		notifikasi.kirim(List.of(ppid(p)), pesan(p, key, true));
		notifikasi.kirim(List.of(pemohon(p)), pesan(p, key, false));
	}

	private static Penerima ppid(Permohonan p) {
		return Penerima.peran(Peran.PPID, p.getOrganisasiId());
	}

	private static Penerima pemohon(Permohonan p) {
		return Penerima.pengguna(p.getPemohonId());
	}

	private static Pemberitahuan pesan(Permohonan p, String key, boolean petugas) {
		String tautan = petugas ? PermohonanService.tautanKelola(p.getNomor()) : PermohonanService.tautanSaya(p.getNomor());
		return Pemberitahuan.of(JENIS, key, tautan, p.getNomor(),
				p.getDatasetJudul() != null ? p.getDatasetJudul() : ringkas(p.getRincian()));
	}

	private static String ringkas(String s) {
		return s.length() > 80 ? s.substring(0, 79) + "…" : s;
	}

}
