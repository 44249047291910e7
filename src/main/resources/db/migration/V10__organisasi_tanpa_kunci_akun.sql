-- Issue 19: failed logins slow down (in memory, per account and per address) instead of locking
-- the account; the lockout's counter and lock time are gone.
ALTER TABLE pengguna DROP COLUMN gagal_login;
ALTER TABLE pengguna DROP COLUMN terkunci_sampai;
