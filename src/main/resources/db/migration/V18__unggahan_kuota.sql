-- Issue 19 (storage hygiene): the organization an upload's file counts against (its quota), and
-- whether the file is already deleted (a failed upload, a refused version replaced by a newer one).
ALTER TABLE unggahan ADD COLUMN organisasi_id BIGINT;
ALTER TABLE unggahan ADD COLUMN berkas_dihapus BOOLEAN DEFAULT FALSE NOT NULL;
UPDATE unggahan SET organisasi_id = (SELECT p.organisasi_id FROM pengajuan p WHERE p.id = unggahan.pengajuan_id);
CREATE INDEX unggahan_organisasi_idx ON unggahan (organisasi_id, berkas_dihapus);
CREATE INDEX unggahan_berkas_idx ON unggahan (berkas_key);
