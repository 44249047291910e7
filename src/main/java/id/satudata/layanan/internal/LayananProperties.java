package id.satudata.layanan.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

import id.satudata.layanan.internal.BatasWaktu.Satuan;

/**
 * The service desk's rules ({@code satudata.layanan.*}, environment {@code SATUDATA_LAYANAN_*}).
 * Limits are written as the service catalogue writes them ({@link BatasWaktu}): "30 menit",
 * "3 jam", "30 hari-kerja" in working time, "1-6 minggu", "1-3 bulan" in calendar time.
 *
 * @param disposisi the target of each disposition step (SOP: 30, 15, 15 minutes)
 * @param sla the handling estimate of each type of service (catalogue's SLA)
 * @param pengaduan the limit of each complaint tier (service standard)
 * @param lampiran attachments of requests and complaints
 * @param antiSpam limits on anonymous submissions and tracking attempts
 * @param rekomendasi the Pembina Data's limit and the proposed letter number
 * @param ketersediaan the availability promised in working hours
 */
@ConfigurationProperties("satudata.layanan")
public record LayananProperties(Disposisi disposisi, Sla sla, Pengaduan pengaduan, Lampiran lampiran, AntiSpam antiSpam,
		Rekomendasi rekomendasi, Ketersediaan ketersediaan) {

	public LayananProperties {
		disposisi = disposisi == null ? new Disposisi(null, null, null) : disposisi;
		sla = sla == null ? new Sla(null, null, null, null, null, null) : sla;
		pengaduan = pengaduan == null ? new Pengaduan(null, null, null, null) : pengaduan;
		lampiran = lampiran == null ? new Lampiran(null, null) : lampiran;
		antiSpam = antiSpam == null ? new AntiSpam(null, null, null) : antiSpam;
		rekomendasi = rekomendasi == null ? new Rekomendasi(null, null) : rekomendasi;
		ketersediaan = ketersediaan == null ? new Ketersediaan(null) : ketersediaan;
	}

	/** Targets of the disposition steps, in working time. */
	public record Disposisi(BatasWaktu kepalaDinas, BatasWaktu kepalaBidang, BatasWaktu subKoordinator) {

		public Disposisi {
			kepalaDinas = kepalaDinas == null ? BatasWaktu.of(30, Satuan.MENIT) : kepalaDinas;
			kepalaBidang = kepalaBidang == null ? BatasWaktu.of(15, Satuan.MENIT) : kepalaBidang;
			subKoordinator = subKoordinator == null ? BatasWaktu.of(15, Satuan.MENIT) : subKoordinator;
		}

		public BatasWaktu batas(TingkatLayanan tingkat) {
			return switch (tingkat) {
				case KEPALA_DINAS -> kepalaDinas;
				case KEPALA_BIDANG -> kepalaBidang;
				case SUB_KOORDINATOR -> subKoordinator;
				case PETUGAS_LAYANAN -> throw new IllegalArgumentException("The Petugas Layanan dispositions nothing");
			};
		}

	}

	/**
	 * The handling estimate per type: planning 1–3 months, collection 3–6 months, checking 1–3
	 * months, dissemination 1–6 weeks (catalogue); a recommendation 30 working days (BPS); other
	 * help 5 working days (the platform's default).
	 */
	public record Sla(BatasWaktu perencanaan, BatasWaktu pengumpulan, BatasWaktu pemeriksaan, BatasWaktu penyebarluasan,
			BatasWaktu rekomendasi, BatasWaktu lainnya) {

		public Sla {
			perencanaan = perencanaan == null ? BatasWaktu.rentang(1, 3, Satuan.BULAN) : perencanaan;
			pengumpulan = pengumpulan == null ? BatasWaktu.rentang(3, 6, Satuan.BULAN) : pengumpulan;
			pemeriksaan = pemeriksaan == null ? BatasWaktu.rentang(1, 3, Satuan.BULAN) : pemeriksaan;
			penyebarluasan = penyebarluasan == null ? BatasWaktu.rentang(1, 6, Satuan.MINGGU) : penyebarluasan;
			rekomendasi = rekomendasi == null ? BatasWaktu.of(30, Satuan.HARI_KERJA) : rekomendasi;
			lainnya = lainnya == null ? BatasWaktu.of(5, Satuan.HARI_KERJA) : lainnya;
		}

	}

	/** Complaint tiers: ringan 3 hours, normatif 5 hours, tidak berkadar pengawasan 1 day, berkadar 30 working days. */
	public record Pengaduan(BatasWaktu ringan, BatasWaktu normatif, BatasWaktu tidakBerkadarPengawasan,
			BatasWaktu berkadarPengawasan) {

		public Pengaduan {
			ringan = ringan == null ? BatasWaktu.of(3, Satuan.JAM) : ringan;
			normatif = normatif == null ? BatasWaktu.of(5, Satuan.JAM) : normatif;
			tidakBerkadarPengawasan = tidakBerkadarPengawasan == null ? BatasWaktu.of(1, Satuan.HARI_KERJA)
					: tidakBerkadarPengawasan;
			berkadarPengawasan = berkadarPengawasan == null ? BatasWaktu.of(30, Satuan.HARI_KERJA) : berkadarPengawasan;
		}

	}

	/** @param maksUkuran the largest attachment; @param maksJumlah attachments per submission */
	public record Lampiran(DataSize maksUkuran, Integer maksJumlah) {

		public Lampiran {
			maksUkuran = maksUkuran == null ? DataSize.ofMegabytes(10) : maksUkuran;
			maksJumlah = maksJumlah == null ? 5 : maksJumlah;
		}

	}

	/**
	 * @param ajuanPerJam anonymous submissions (requests and complaints together) per client address per hour
	 * @param lacakGagalPerJam failed tracking attempts per client address per hour
	 * @param lacakGagalPerTiket failed tracking attempts per ticket per hour (from any address)
	 */
	public record AntiSpam(Integer ajuanPerJam, Integer lacakGagalPerJam, Integer lacakGagalPerTiket) {

		public AntiSpam {
			ajuanPerJam = ajuanPerJam == null ? 10 : ajuanPerJam;
			lacakGagalPerJam = lacakGagalPerJam == null ? 20 : lacakGagalPerJam;
			lacakGagalPerTiket = lacakGagalPerTiket == null ? 10 : lacakGagalPerTiket;
		}

	}

	/**
	 * @param batas the Pembina Data's limit from a complete file (BPS: 30 working days)
	 * @param formatNomor the proposed number of a recommendation letter: {urut}, {tahun}, {wilayah}
	 */
	public record Rekomendasi(BatasWaktu batas, String formatNomor) {

		public Rekomendasi {
			batas = batas == null ? BatasWaktu.of(30, Satuan.HARI_KERJA) : batas;
			formatNomor = formatNomor == null || formatNomor.isBlank() ? "B-{urut}/{wilayah}/REK-SS/{tahun}" : formatNomor;
		}

	}

	/** @param target the share of working hours the service must be available (catalogue: 90%) */
	public record Ketersediaan(Double target) {

		public Ketersediaan {
			target = target == null ? 0.90 : target;
		}

	}

}
