-- Module katalog, numbered after the last applied migration so existing databases take it in order:
-- a release that came from a producer's submission (pengumpulan/pemeriksaan) is published only
-- through the review, never directly from the Walidata's dataset page.
ALTER TABLE rilis ADD COLUMN dari_pengajuan BOOLEAN DEFAULT FALSE NOT NULL;
