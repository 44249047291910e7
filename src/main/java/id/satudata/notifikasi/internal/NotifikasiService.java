package id.satudata.notifikasi.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import id.satudata.notifikasi.Notifikasi;
import id.satudata.notifikasi.Pemberitahuan;
import id.satudata.notifikasi.Penerima;
import id.satudata.organisasi.PenggunaDirectory;
import id.satudata.organisasi.PenggunaRef;
import tools.jackson.databind.json.JsonMapper;

/** Resolves recipients, stores one notification per recipient and asks for the mail to go out. */
@Service
class NotifikasiService implements Notifikasi {

	private final PesanNotifikasiRepository repository;
	private final PenggunaDirectory pengguna;
	private final ApplicationEventPublisher events;
	private final JsonMapper json;
	private final Clock clock;

	NotifikasiService(PesanNotifikasiRepository repository, PenggunaDirectory pengguna,
			ApplicationEventPublisher events, JsonMapper json, Clock clock) {
		this.repository = repository;
		this.pengguna = pengguna;
		this.events = events;
		this.json = json;
		this.clock = clock;
	}

	@Override
	@Transactional
	public void kirim(Collection<Penerima> kepada, Pemberitahuan pesan) {
		simpan(null, kepada, pesan);
	}

	@Override
	@Transactional
	public boolean kirimSekali(String kunci, Collection<Penerima> kepada, Pemberitahuan pesan) {
		if (kunci == null || kunci.isBlank() || kunci.length() > 200) {
			throw new IllegalArgumentException("kunci must be 1-200 characters");
		}
		if (repository.existsByKunci(kunci)) {
			return false;
		}
		simpan(kunci, kepada, pesan);
		return true;
	}

	@Override
	@Transactional(readOnly = true)
	public long jumlahBelumDibaca(long penggunaId) {
		return repository.countByPenggunaIdAndDibacaPadaIsNull(penggunaId);
	}

	private void simpan(String kunci, Collection<Penerima> kepada, Pemberitahuan pesan) {
		Instant now = Instant.now(clock);
		String argumen = json.writeValueAsString(pesan.argumen());
		for (Tujuan t : tujuan(kepada).values()) {
			PesanNotifikasi saved = repository.save(new PesanNotifikasi(t.penggunaId(), t.surel(), t.nama(),
					pesan.jenis(), pesan.judulKey(), argumen, pesan.tautan(), kunci, now));
			if (t.surel() != null) {
				events.publishEvent(new SurelDiminta(saved.getId()));
			}
		}
	}

	/** One entry per user (or per bare address), whatever the number of ways they were addressed. */
	private Map<String, Tujuan> tujuan(Collection<Penerima> kepada) {
		Map<String, Tujuan> out = new LinkedHashMap<>();
		for (Penerima p : kepada) {
			List<PenggunaRef> users;
			if (p instanceof Penerima.Pengguna u) {
				users = pengguna.pengguna(u.penggunaId()).stream().toList();
			}
			else if (p instanceof Penerima.PemegangPeran r) {
				users = pengguna.pemegangPeran(r.peran(), r.organisasiId());
			}
			else if (p instanceof Penerima.PemegangPeranUnit r) {
				users = pengguna.pemegangPeranUnit(r.peran(), r.organisasiId(), r.unitId());
			}
			else {
				Penerima.Surel s = (Penerima.Surel) p;
				out.putIfAbsent("surel:" + s.alamat().toLowerCase(Locale.ROOT), new Tujuan(null, s.alamat(), s.nama()));
				users = List.of();
			}
			for (PenggunaRef u : users) {
				if (u.aktif()) {
					String email = u.email() == null || u.email().isBlank() ? null : u.email();
					out.putIfAbsent("pengguna:" + u.id(), new Tujuan(u.id(), email, u.namaLengkap()));
				}
			}
		}
		return out;
	}

	private record Tujuan(Long penggunaId, String surel, String nama) {
	}

}
