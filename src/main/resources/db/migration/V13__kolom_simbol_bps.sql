-- Issue 15: a numeric column reads BPS value symbols ("-" nihil, "…" tidak tersedia, "x" dirahasiakan,
-- "1.234e" angka sementara) unless its schema turns it off; on for every existing column.
ALTER TABLE dataset_kolom ADD COLUMN simbol_bps BOOLEAN DEFAULT TRUE NOT NULL;
