-- Least privilege (issue 11, item 6): a worker's status history is an audit trail (who changed it, when, why). The
-- platform's afterMigrate callback (platform-messaging, db/platform) grants the service's role SELECT and INSERT only
-- on a table whose comment begins with 'append-only'.
comment on table worker_status_change is 'append-only: every status change of a worker, who, when, why; rows are added, never changed or removed';
