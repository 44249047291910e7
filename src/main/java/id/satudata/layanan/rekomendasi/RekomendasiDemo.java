package id.satudata.layanan.rekomendasi;

import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import id.satudata.layanan.internal.DemoLayanan;
import id.satudata.layanan.tiket.BerkasMasuk;
import id.satudata.organisasi.JenisUnit;
import id.satudata.organisasi.OrganisasiDirectory;
import id.satudata.organisasi.PenggunaDirectory;
import id.satudata.organisasi.UnitRef;
import id.satudata.shared.SatuDataProperties;
import id.satudata.shared.StartupOrder;
import id.satudata.shared.pdf.PdfRenderer;
import id.satudata.shared.security.Peran;

/**
 * A demo recommendation request on the embedded installation: the Disdukcapil prepares one (letter,
 * an example questionnaire), as its Produsen Data, through the real services. Skipped when any
 * recommendation request exists.
 *
 * <p>The example questionnaire (a PDF) is rendered on a background thread as soon as the context is
 * up, while the region list and the other demo content are loaded: the first PDF of a start is the
 * slow one (the renderer's classes and fonts), and on the critical path it cost about a fifth of the
 * demo seeding (docs/operasi.md, "Start-up").
 */
@Component
@Order(StartupOrder.LAINNYA)
class RekomendasiDemo implements ApplicationRunner {

	private final DemoLayanan demo;
	private final RekomendasiRepository repository;
	private final BerkasRekomendasi berkas;
	private final OrganisasiDirectory organisasi;
	private final PenggunaDirectory pengguna;
	private final PdfRenderer pdf;
	private final SatuDataProperties properties;
	private volatile CompletableFuture<byte[]> kuesioner;

	RekomendasiDemo(DemoLayanan demo, RekomendasiRepository repository, BerkasRekomendasi berkas,
			OrganisasiDirectory organisasi, PenggunaDirectory pengguna, PdfRenderer pdf,
			SatuDataProperties properties) {
		this.properties = properties;
		this.demo = demo;
		this.repository = repository;
		this.berkas = berkas;
		this.organisasi = organisasi;
		this.pengguna = pengguna;
		this.pdf = pdf;
	}

	/** Context refreshed, start-up work about to run: render the questionnaire meanwhile if it will be needed. */
	@EventListener(ApplicationStartedEvent.class)
	void renderKuesionerDulu() {
		if (!properties.demo().enabled() || repository.count() > 0) {
			return;
		}
		CompletableFuture<byte[]> future = new CompletableFuture<>();
		Thread thread = new Thread(() -> {
			try {
				future.complete(renderKuesioner());
			}
			catch (RuntimeException | Error e) {
				future.completeExceptionally(e);
			}
		}, "demo-kuesioner-pdf");
		thread.setDaemon(true);
		thread.start();
		kuesioner = future;
	}

	private byte[] renderKuesioner() {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		pdf.render("layanan/dokumen/kuesioner-contoh", Map.of(), SuratRekomendasi.INDONESIA, out);
		return out.toByteArray();
	}

	@Override
	public void run(ApplicationArguments args) {
		demo.isiSekali(repository.count(), this::seed, "1 recommendation request");
	}

	private void seed(long org) {
		Optional<UnitRef> dukcapil = organisasi.unitBerjenis(org, JenisUnit.PRODUSEN_DATA).stream()
			.filter(u -> "Disdukcapil".equals(u.singkatan())).findFirst();
		if (dukcapil.isEmpty() || pengguna.penggunaDenganUsername("produsen").isEmpty()) {
			return;
		}
		RekomendasiForm f = new RekomendasiForm();
		f.setPemohonUnitId(dukcapil.get().id());
		f.setLokasi("Pangkalpinang");
		f.setTanggalSurat(LocalDate.now(ZoneId.of("Asia/Jakarta")).toString());
		f.setNomorSurat("470/123/DISDUKCAPIL/2026");
		f.setUnitPenyelenggara("Dinas Kependudukan dan Pencatatan Sipil Provinsi Kepulauan Bangka Belitung");
		f.setJudulKegiatan("Survei Kepuasan Layanan Administrasi Kependudukan 2027");
		f.setJabatanPenandatangan("Kepala Dinas Kependudukan dan Pencatatan Sipil");
		f.setNamaPenandatangan("Nama Pejabat (contoh)");
		f.setTembusan("Kepala Badan Pusat Statistik Provinsi Kepulauan Bangka Belitung\nArsip");
		CompletableFuture<byte[]> rendered = this.kuesioner;
		byte[] kuesioner = rendered != null ? rendered.join() : renderKuesioner();
		demo.sebagai("produsen", Peran.PRODUSEN_DATA, org, dukcapil.get(), () -> {
			Rekomendasi r = berkas.buat(f);
			berkas.unggahKuesioner(r.getNomor(), new BerkasMasuk.Dibuat("kuesioner-survei-kepuasan-adminduk.pdf", kuesioner));
			return r;
		});
	}

}
