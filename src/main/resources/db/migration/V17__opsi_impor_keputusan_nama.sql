-- the options of an upload now keep the producer's codes for names (names to codes): more room than 4000
ALTER TABLE unggahan ALTER COLUMN opsi_impor SET DATA TYPE VARCHAR(100000);
ALTER TABLE versi_pengajuan ALTER COLUMN opsi_impor SET DATA TYPE VARCHAR(100000);
