-- Least privilege (issue 11, item 6): the service runs as a role that owns nothing, and the platform's afterMigrate
-- callback (platform-messaging, db/platform) grants it SELECT and INSERT only on a table whose comment begins with
-- 'append-only'. The triggers of V6 still refuse UPDATE, DELETE and TRUNCATE to every other role; the application's
-- role could not even try, nor disable them (ALTER TABLE needs the owner).
comment on table audit_event is 'append-only: who did what to which case, when, why; rows are added, never changed or removed';
