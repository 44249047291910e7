package id.satudata.pengumpulan.unggahan;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

import id.satudata.datastore.ImportIssue;
import id.satudata.datastore.ImportResult;
import id.satudata.katalog.DatasetDetail;
import id.satudata.katalog.Katalog;
import id.satudata.pemeriksaan.AksiPemeriksaan;
import id.satudata.pemeriksaan.Pemeriksaan;
import id.satudata.pemeriksaan.PengajuanView;
import id.satudata.pemeriksaan.PeranPemeriksaan;
import id.satudata.pengumpulan.HasilPenyerahan;
import id.satudata.pengumpulan.PenyerahanData;
import id.satudata.shared.web.NotFoundException;

/** {@link PenyerahanData}: the producer's journey, in one call. */
@Service
class PenyerahanDataService implements PenyerahanData {

	private static final int TEMUAN_DIKEMBALIKAN = 100;

	private final Katalog katalog;
	private final Pemeriksaan pemeriksaan;
	private final UnggahanService unggahan;

	PenyerahanDataService(Katalog katalog, Pemeriksaan pemeriksaan, UnggahanService unggahan) {
		this.katalog = katalog;
		this.pemeriksaan = pemeriksaan;
		this.unggahan = unggahan;
	}

	@Override
	public boolean produsen(long datasetId) {
		return katalog.dataset(String.valueOf(datasetId)).map(this::peranProdusen).orElse(false);
	}

	private boolean peranProdusen(DatasetDetail d) {
		return pemeriksaan.peranSaya(d.ringkas().organisasiId(), d.produsenUnitId()).contains(PeranPemeriksaan.PRODUSEN);
	}

	@Override
	public HasilPenyerahan serahkan(long datasetId, String periode, Path berkas, String namaBerkas, String sheet,
			String catatan, boolean ajukan) {
		DatasetDetail d = katalog.dataset(String.valueOf(datasetId)).orElseThrow(NotFoundException::new);
		if (!peranProdusen(d)) {
			throw new AccessDeniedException("Not a producer of this dataset");
		}
		PengajuanView p = pemeriksaan.bukaAtauBuat(datasetId, periode);
		ImportResult result;
		try (InputStream in = Files.newInputStream(berkas)) {
			result = unggahan.sinkron(p.id(), p.version(), namaBerkas, in, new UnggahanService.OpsiImpor(sheet, Map.of()));
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		PengajuanView after = pemeriksaan.pengajuan(p.id()).orElseThrow();
		boolean diajukan = false;
		PengajuanView checked = after;
		if (ajukan && result.errorCount() == 0 && checked.aturanPeringatan().stream()
			.allMatch(rule -> checked.justifikasi().containsKey(rule))) {
			after = pemeriksaan.jalankan(p.id(), after.version(), AksiPemeriksaan.AJUKAN, catatan, null);
			diajukan = true;
		}
		List<ImportIssue> first = result.issues().stream().limit(TEMUAN_DIKEMBALIKAN).toList();
		return new HasilPenyerahan(after.id(), after.versiTerkini().map(PengajuanView.Versi::nomor).orElse(0),
				after.status(), after.rilisUuid(), diajukan, result.errorCount(), result.warningCount(), first);
	}

}
