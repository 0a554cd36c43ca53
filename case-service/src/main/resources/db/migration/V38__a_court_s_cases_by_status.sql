-- Issue 16, item 3: a court's list by status (court officers following their referrals, status=REFERRED, or
-- sort=status) had no index: its bounded count scanned the table until it had met 1,001 of the court's cases of that
-- status, which at a million cases took 10 to 470 ms by where the scan started (PostgreSQL starts a scan of a large
-- table where the last one stopped) and where those rows lay. It now reads 1,001 index entries, as an office's list
-- does (V33).
create index juvenile_case_court_status on juvenile_case (court_code, status, id) where sealed_at is null;
