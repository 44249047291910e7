package id.satudata.perencanaan.daftardata;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import id.satudata.katalog.DatasetDetail;
import id.satudata.organisasi.OrganisasiDirectory;
import id.satudata.organisasi.UnitRef;
import id.satudata.perencanaan.internal.KatalogBaca;
import id.satudata.shared.tabular.TableWriter;
import id.satudata.shared.web.Messages;

/**
 * A Daftar Data as a spreadsheet (streamed, formula-like text neutralized by {@link TableWriter}):
 * one row per entry with the import's columns ({@link ImporDaftarData#KOLOM}), so a list can be
 * edited offline and its new rows imported; status, priority decided and dataset are for reading.
 */
@Component
class EksporDaftarData {

	static final List<String> KOLOM = List.of("no", ImporDaftarData.JUDUL, ImporDaftarData.DESKRIPSI,
			ImporDaftarData.PRODUSEN, ImporDaftarData.JENIS, ImporDaftarData.PEMBINA, ImporDaftarData.FREKUENSI,
			ImporDaftarData.JADWAL, ImporDaftarData.AKSES, ImporDaftarData.USULAN, "prioritas", ImporDaftarData.TOPIK,
			ImporDaftarData.STANDAR, ImporDaftarData.DASAR, ImporDaftarData.CATATAN, "status", "dataset",
			ImporDaftarData.ID);

	private final OrganisasiDirectory organisasi;
	private final KatalogBaca katalog;
	private final Messages messages;

	EksporDaftarData(OrganisasiDirectory organisasi, KatalogBaca katalog, Messages messages) {
		this.organisasi = organisasi;
		this.katalog = katalog;
		this.messages = messages;
	}

	void write(DaftarData d, List<Entri> entri, OutputStream out) throws IOException {
		Map<Long, UnitRef> units = organisasi.unitOrganisasi(d.getOrganisasiId()).stream()
			.collect(Collectors.toMap(UnitRef::id, Function.identity()));
		Map<Long, DatasetDetail> datasets = katalog.detail(entri.stream().map(Entri::getDatasetId).toList());
		try (TableWriter w = TableWriter.xlsx(out, "Daftar Data " + d.getTahun())) {
			w.header(KOLOM);
			int no = 1;
			for (Entri e : entri) {
				List<Object> row = new ArrayList<>();
				row.add(no++);
				row.add(e.getJudul());
				row.add(e.getDeskripsi());
				row.add(label(units.get(e.getProdusenUnitId())));
				row.add(e.getJenisData().name());
				row.add(e.getPembinaUnitId() == null ? null : label(units.get(e.getPembinaUnitId())));
				row.add(e.getFrekuensi().name());
				row.add(String.join("; ", e.getJadwal().stream().map(j -> j.getPeriode() + "=" + j.getTanggalRencana())
					.toList()));
				row.add(e.getAkses().name());
				row.add(e.isUsulanPrioritas() ? "ya" : "tidak");
				row.add(e.isPrioritas() ? "ya" : "tidak");
				row.add(e.getTopik());
				row.add(e.getStandarData());
				row.add(e.getDasarHukum());
				row.add(e.getCatatan());
				row.add(messages.get(e.getStatus().labelKey()));
				DatasetDetail ds = e.getDatasetId() == null ? null : datasets.get(e.getDatasetId());
				row.add(ds == null ? null : ds.ringkas().slug());
				row.add(e.getId());
				w.row(row);
			}
		}
	}

	private static String label(UnitRef u) {
		return u == null ? null : u.label();
	}

}
