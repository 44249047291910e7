-- Catalog benchmark seed (H2, run by bench/catalog.sh while the app is stopped): 10,000 datasets
-- made from the demo installation's published datasets — each copy with its own slug, a title from
-- 20 subjects x 514 kabupaten/kota x 10 years, one of the topik-data topics, the producer, schema,
-- keywords, formats, periods and published releases (same stored Parquet) of its source. The app
-- rebuilds its search index at the next start because the index no longer matches the database.

CREATE LOCAL TEMPORARY TABLE bench_sumber AS
  SELECT id, ROW_NUMBER() OVER (ORDER BY id) - 1 AS n FROM dataset WHERE ditayangkan;

CREATE LOCAL TEMPORARY TABLE bench_topik AS
  SELECT i.kode, ROW_NUMBER() OVER (ORDER BY i.kode) - 1 AS n
  FROM kode_referensi_item i JOIN kode_referensi k ON k.id = i.daftar_id WHERE k.slug = 'topik-data';

CREATE LOCAL TEMPORARY TABLE bench_wilayah AS
  SELECT i.nama, ROW_NUMBER() OVER (ORDER BY i.kode) - 1 AS n
  FROM kode_referensi_item i JOIN kode_referensi k ON k.id = i.daftar_id
  WHERE k.slug = 'wilayah' AND LENGTH(i.kode) = 5;

CREATE LOCAL TEMPORARY TABLE bench_pokok (n INT, judul VARCHAR(100));
INSERT INTO bench_pokok VALUES
  (0, 'Jumlah Penduduk menurut Kelompok Umur'), (1, 'Angka Partisipasi Sekolah'),
  (2, 'Jumlah Puskesmas dan Tenaga Kesehatan'), (3, 'Produksi Padi dan Palawija'),
  (4, 'Realisasi Pendapatan Asli Daerah'), (5, 'Panjang Jalan menurut Kondisi'),
  (6, 'Indeks Pembangunan Manusia'), (7, 'Tingkat Pengangguran Terbuka'),
  (8, 'Jumlah Kunjungan Wisatawan'), (9, 'Produksi Perikanan Tangkap'),
  (10, 'Luas Lahan Sawah'), (11, 'Jumlah Sekolah Dasar dan Murid'),
  (12, 'Angka Kematian Bayi'), (13, 'Jumlah Usaha Mikro Kecil dan Menengah'),
  (14, 'Persentase Penduduk Miskin'), (15, 'Jumlah Rumah Tidak Layak Huni'),
  (16, 'Cakupan Imunisasi Dasar Lengkap'), (17, 'Jumlah Koperasi Aktif'),
  (18, 'Volume Sampah Terangkut'), (19, 'Jumlah Penduduk menurut Jenis Kelamin');

CREATE INDEX bench_sumber_n ON bench_sumber (n);
CREATE INDEX bench_topik_n ON bench_topik (n);
CREATE INDEX bench_wilayah_n ON bench_wilayah (n);

SET @sumber = (SELECT COUNT(*) FROM bench_sumber);
SET @wilayah = (SELECT COUNT(*) FROM bench_wilayah);
SET @topik = (SELECT COUNT(*) FROM bench_topik);

CREATE LOCAL TEMPORARY TABLE bench_peta AS
  SELECT r.x AS x, 'bench-' || r.x AS slug, s.id AS sumber_id,
         p.judul || ' di ' || w.nama || ' Tahun ' || (2015 + MOD(r.x, 10)) AS judul,
         t.kode AS topik
  FROM SYSTEM_RANGE(1, 10000) AS r(x)
  JOIN bench_sumber s ON s.n = MOD(r.x, @sumber)
  JOIN bench_pokok p ON p.n = MOD(r.x / 7, 20)
  JOIN bench_wilayah w ON w.n = MOD(r.x * 31, @wilayah)
  JOIN bench_topik t ON t.n = MOD(r.x / 3, @topik);
CREATE INDEX bench_peta_slug ON bench_peta (slug);

INSERT INTO dataset (slug, judul, deskripsi, organisasi_id, produsen_unit_id, produsen_slug, produsen_nama,
    walidata_unit_id, topik, jenis_data, tingkat_penyajian, cakupan_wilayah, frekuensi, satuan, lisensi, akses,
    data_prioritas, data_induk, kontak_nama, kontak_email, daftar_data_id, standar_data, metadata_statistik_id,
    ditayangkan, terbit_terakhir, dibuat_pada, diubah_pada, version)
  SELECT m.slug, m.judul, m.judul || '. ' || d.deskripsi, d.organisasi_id, d.produsen_unit_id,
    d.produsen_slug, d.produsen_nama, d.walidata_unit_id, m.topik, d.jenis_data, d.tingkat_penyajian,
    d.cakupan_wilayah, d.frekuensi, d.satuan, d.lisensi, d.akses, MOD(m.x, 5) = 0, d.data_induk, d.kontak_nama,
    d.kontak_email, d.daftar_data_id, d.standar_data, d.metadata_statistik_id, d.ditayangkan, d.terbit_terakhir,
    DATEADD('MINUTE', -m.x, d.dibuat_pada), DATEADD('MINUTE', -m.x, d.diubah_pada), 0
  FROM bench_peta m JOIN dataset d ON d.id = m.sumber_id;

CREATE LOCAL TEMPORARY TABLE bench_baru AS
  SELECT d.id AS id, m.sumber_id AS sumber_id FROM bench_peta m JOIN dataset d ON d.slug = m.slug;
CREATE INDEX bench_baru_sumber ON bench_baru (sumber_id);

INSERT INTO dataset_kata_kunci (dataset_id, kata)
  SELECT b.id, k.kata FROM bench_baru b JOIN dataset_kata_kunci k ON k.dataset_id = b.sumber_id;
INSERT INTO dataset_periode_terbit (dataset_id, periode)
  SELECT b.id, p.periode FROM bench_baru b JOIN dataset_periode_terbit p ON p.dataset_id = b.sumber_id;
INSERT INTO dataset_format (dataset_id, format)
  SELECT b.id, f.format FROM bench_baru b JOIN dataset_format f ON f.dataset_id = b.sumber_id;
INSERT INTO dataset_kolom (dataset_id, urutan, nama, label, tipe, satuan, kode_referensi, wajib, nilai_min, nilai_max,
    pola, format_angka, kunci)
  SELECT b.id, k.urutan, k.nama, k.label, k.tipe, k.satuan, k.kode_referensi, k.wajib, k.nilai_min, k.nilai_max,
    k.pola, k.format_angka, k.kunci
  FROM bench_baru b JOIN dataset_kolom k ON k.dataset_id = b.sumber_id;
INSERT INTO rilis (uuid, dataset_id, periode, periode_mulai, periode_akhir, versi, status, storage_key, jumlah_baris,
    skema_json, nama_berkas, ukuran_berkas, format_asal, catatan, dibuat_oleh, dibuat_pada, diterbitkan_pada,
    ditarik_pada, version)
  SELECT CAST(RANDOM_UUID() AS VARCHAR), b.id, r.periode, r.periode_mulai, r.periode_akhir, r.versi, r.status,
    r.storage_key, r.jumlah_baris, r.skema_json, r.nama_berkas, r.ukuran_berkas, r.format_asal, r.catatan,
    r.dibuat_oleh, r.dibuat_pada, r.diterbitkan_pada, r.ditarik_pada, 0
  FROM bench_baru b JOIN rilis r ON r.dataset_id = b.sumber_id;

SELECT COUNT(*) AS datasets FROM dataset;
