-- Module katalog: a dataset may be deleted (CKAN's state "deleted": package_delete) and restored.
-- A deleted dataset is hidden from everyone who may not manage or check it (ditayangkan is false
-- while it is deleted); dihapus_pada says since when.
ALTER TABLE dataset ADD COLUMN dihapus BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE dataset ADD COLUMN dihapus_pada TIMESTAMP WITH TIME ZONE;

-- A link may belong to the dataset itself rather than to a release (CKAN's URL resources given inline
-- to package_create, before the dataset has any release): dataset_id set, rilis_id empty.
ALTER TABLE lampiran ADD COLUMN dataset_id BIGINT REFERENCES dataset (id);
ALTER TABLE lampiran ALTER COLUMN rilis_id DROP NOT NULL;
CREATE INDEX lampiran_dataset_idx ON lampiran (dataset_id);
