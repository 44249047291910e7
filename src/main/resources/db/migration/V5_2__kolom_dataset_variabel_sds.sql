-- Module standar, in its migration range on purpose: a katalog dataset column may follow a Standar
-- Data Statistik variable (by code, no foreign key into standar's tables); the variable's value
-- domain and validation rule then apply to uploads (katalog DatasetService.skemaImpor, through the SPI
-- katalog.AturanStandarKolom that standar implements).
ALTER TABLE dataset_kolom ADD COLUMN kode_variabel VARCHAR(40);
