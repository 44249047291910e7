package id.satudata.pemeriksaan;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A submission as the parties to it see it.
 *
 * @param menunggu whose turn it is (empty once published)
 * @param aksi the actions the current user may take now
 * @param peran the parts the current user plays for it
 * @param version the row version, to send back with every change (optimistic locking)
 */
public record PengajuanView(long id, long datasetId, String datasetSlug, String datasetJudul, long organisasiId,
		long produsenUnitId, String produsenNama, String periode, StatusPengajuan status, Instant statusSejak,
		Optional<PeranPemeriksaan> menunggu, KonteksPengajuan.Pembina pembina, String rilisUuid, LocalDate jadwalTerbit,
		LocalDate jatuhTempo, String catatanAjuan, UsulanMetadata usulan, Map<String, String> justifikasi,
		List<Versi> versi, List<Riwayat> riwayat, List<Catatan> catatan, java.util.Set<AksiPemeriksaan> aksi,
		java.util.Set<PeranPemeriksaan> peran, String dibuatOleh, Instant dibuatPada, Instant diterbitkanPada,
		long version) {

	/** The newest upload, if any. */
	public Optional<Versi> versiTerkini() {
		return versi.isEmpty() ? Optional.empty() : Optional.of(versi.get(versi.size() - 1));
	}

	/** The review steps (everything but submitting) the current user may take now, in order. */
	public List<AksiPemeriksaan> aksiPemeriksa() {
		return aksi.stream().filter(a -> a != AksiPemeriksaan.AJUKAN).sorted().toList();
	}

	public boolean bisaAjukan() {
		return aksi.contains(AksiPemeriksaan.AJUKAN);
	}

	public boolean bisaTerbitkan() {
		return aksi.contains(AksiPemeriksaan.TERBITKAN);
	}

	/** The rules that found something in upload {@code nomor}. */
	public List<String> aturanVersi(int nomor) {
		return versi.stream().filter(v -> v.nomor() == nomor).findFirst()
			.map(v -> v.ringkasan().keySet().stream().map(k -> k.substring(0, k.indexOf('/'))).distinct().toList())
			.orElse(List.of());
	}

	/** The rules with warnings in the newest upload (each needs a justification to submit). */
	public List<String> aturanPeringatan() {
		return versiTerkini().map(v -> v.ringkasan().keySet().stream().filter(k -> k.endsWith("/PERINGATAN"))
			.map(k -> k.substring(0, k.indexOf('/'))).distinct().toList()).orElse(List.of());
	}

	/** One upload of the submission. */
	public record Versi(long id, int nomor, String rilisUuid, String namaBerkas, long ukuranBerkas, String formatBerkas,
			String berkasKey, String temuanKey, long temuanDisimpan, long jumlahBaris, long jumlahGalat,
			long jumlahPeringatan, Map<String, Long> ringkasan, KepatuhanSdi kepatuhan, String opsiImpor,
			String dibuatOleh, Instant dibuatPada) {
	}

	/** One step of the submission's history. */
	public record Riwayat(AksiPemeriksaan aksi, StatusPengajuan dari, StatusPengajuan ke, String pelaku,
			PeranPemeriksaan peran, String catatan, Instant waktu, long menitKerja) {
	}

	/** A reviewer's (or the producer's) note on the whole submission, a column or a row. */
	public record Catatan(long id, int versi, String kolom, Long baris, String teks, String penulis,
			PeranPemeriksaan peran, Instant waktu) {
	}

}
