-- Module katalog: a link may belong to the dataset itself rather than to a release (CKAN's URL
-- resources given inline to package_create, before the dataset has any release): dataset_id set,
-- rilis_id empty.
ALTER TABLE lampiran ADD COLUMN dataset_id BIGINT REFERENCES dataset (id);
ALTER TABLE lampiran ALTER COLUMN rilis_id DROP NOT NULL;
CREATE INDEX lampiran_dataset_idx ON lampiran (dataset_id);
