-- Module katalog: a dataset may be deleted (CKAN's state "deleted": package_delete) and restored.
-- A deleted dataset is hidden from everyone who may not manage or check it (ditayangkan is false
-- while it is deleted); dihapus_pada says since when.
ALTER TABLE dataset ADD COLUMN dihapus BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE dataset ADD COLUMN dihapus_pada TIMESTAMP WITH TIME ZONE;
