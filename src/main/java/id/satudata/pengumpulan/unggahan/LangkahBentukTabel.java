package id.satudata.pengumpulan.unggahan;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

import id.satudata.datastore.Reshape;
import id.satudata.pemeriksaan.HalamanTemuan;
import id.satudata.pemeriksaan.LaporanPengajuan;

/**
 * The "Ubah bentuk tabel" step: the wide-to-long (or long-to-wide) shape an upload's check proposed,
 * read back from its findings of rule {@value Reshape#RULE}, for the producer to confirm.
 */
@Component
public class LangkahBentukTabel {

	private final LaporanPengajuan laporan;

	LangkahBentukTabel(LaporanPengajuan laporan) {
		this.laporan = laporan;
	}

	/** The proposal of a version's check, if it made one. */
	public Optional<Reshape> usulan(long pengajuanId, int versi) {
		List<String[]> pairs = new ArrayList<>();
		HalamanTemuan h;
		int n = 0;
		do {
			h = laporan.halaman(pengajuanId, versi, Reshape.RULE, null, n++);
			h.temuan().forEach(t -> pairs.add(new String[] { t.kolom(), t.nilai() }));
		}
		while (n < h.jumlahHalaman() && n < 20);
		return Optional.ofNullable(Reshape.fromIssues(pairs));
	}

}
