package id.satudata.referensi.kode;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import id.satudata.referensi.KodeReferensiPublikasi;
import id.satudata.shared.audit.Audit;
import id.satudata.shared.security.CurrentUser;
import id.satudata.shared.storage.TempFiles;
import id.satudata.shared.tabular.TableWriter;
import id.satudata.shared.web.UserFacingException;

/** {@link KodeReferensiPublikasi} through the same import (mode GANTI) a Walidata's file goes through. */
@Component
class PublikasiKodeReferensi implements KodeReferensiPublikasi {

	private final DaftarKodeRepository daftarRepository;
	private final ImporEksporKode imporEkspor;
	private final TempFiles tempFiles;
	private final CurrentUser currentUser;
	private final Audit audit;
	private final Clock clock;

	PublikasiKodeReferensi(DaftarKodeRepository daftarRepository, ImporEksporKode imporEkspor, TempFiles tempFiles,
			CurrentUser currentUser, Audit audit, Clock clock) {
		this.daftarRepository = daftarRepository;
		this.imporEkspor = imporEkspor;
		this.tempFiles = tempFiles;
		this.currentUser = currentUser;
		this.audit = audit;
		this.clock = clock;
	}

	@Override
	@Transactional
	public int terbitkan(Daftar d, List<Kode> kode) {
		if (d.slug() == null || !d.slug().matches("[a-z0-9][a-z0-9-]{1,59}")) {
			throw new IllegalArgumentException("Invalid list slug: " + d.slug());
		}
		DaftarKode daftar = daftarRepository.findBySlug(d.slug()).orElse(null);
		boolean hierarkis = kode.stream().anyMatch(k -> k.kodeInduk() != null && !k.kodeInduk().isBlank());
		if (daftar == null) {
			daftar = new DaftarKode(d.slug(), d.nama(), d.pemilikOrganisasiId(), clock.instant());
			daftar.ubah(d.nama(), d.deskripsi(), d.sumber(), hierarkis, true, clock.instant());
			daftar = daftarRepository.save(daftar);
			audit.record("kodeReferensi.dibuat", "KodeReferensi", d.slug(), d.nama() + " (" + d.sumber() + ")");
		}
		else {
			daftar.ubah(d.nama(), d.deskripsi(), d.sumber(), hierarkis, true, clock.instant());
		}
		Path file = tempFiles.newFile(".csv");
		try {
			try (OutputStream out = Files.newOutputStream(file); TableWriter w = TableWriter.csv(out)) {
				w.header(List.of(KodeImporter.KOLOM_KODE, KodeImporter.KOLOM_NAMA, KodeImporter.KOLOM_INDUK));
				for (Kode k : kode) {
					w.row(List.of(k.kode(), k.nama(), k.kodeInduk() == null ? "" : k.kodeInduk()));
				}
			}
			ImportOutcome outcome = imporEkspor.imporAtasNama(daftar, file, ImportMode.GANTI, "Diterbitkan dari " + d.sumber(),
					currentUser.actorName());
			if (!outcome.applied()) {
				ImportError first = outcome.errors().isEmpty() ? null : outcome.errors().get(0);
				throw new UserFacingException("kodeReferensi.galat.publikasi", first == null ? "" : first.kolom(),
						first == null ? "" : String.valueOf(first.nilai()));
			}
			return outcome.versi() == 0 ? daftar.getVersi() : outcome.versi();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		finally {
			tempFiles.delete(file);
		}
	}

}
