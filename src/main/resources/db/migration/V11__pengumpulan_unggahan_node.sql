-- Issue 19: the node that checks an upload, so a node that restarts can mark its own interrupted
-- checks failed (the other nodes' checks go on).
ALTER TABLE unggahan ADD COLUMN node VARCHAR(100);
