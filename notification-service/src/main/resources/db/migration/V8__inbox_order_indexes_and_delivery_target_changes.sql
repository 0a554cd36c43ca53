-- Issue 14, item 10: the CPU an alert costs.

-- The inbox's page reads each way an alert reaches its reader (their subject; their role within its scope) from an
-- index in the page's own order, newest first then id, so that a page of 100 reads about 100 rows and sorts none,
-- however many alerts the inbox holds. They replace the indexes of V1 and V2, which ended at created_at.
drop index notification_role_idx;
create index notification_role_idx on notification (recipient_role, recipient_scope, created_at desc, id);
drop index notification_subject_idx;
create index notification_subject_idx on notification (recipient_subject, created_at desc, id);

-- Who takes alerts beyond the inbox (e-mail subscribers, their roles and choices; webhooks) is kept in each replica's
-- memory between alerts (DeliveryTargets): every change NOTIFYs every replica at commit, so that each forgets it. The
-- payload is empty: never personal data, nor even which row changed. Several changes in one transaction make one
-- NOTIFY (PostgreSQL folds identical ones).
create function delivery_targets_changed() returns trigger language plpgsql as $$
begin
    perform pg_notify('delivery_targets_changed', '');
    return null;
end;
$$;

create trigger subscriber_changed after insert or update or delete or truncate on subscriber
    for each statement execute function delivery_targets_changed();
create trigger subscriber_role_changed after insert or update or delete or truncate on subscriber_role
    for each statement execute function delivery_targets_changed();
create trigger subscription_changed after insert or update or delete or truncate on subscription
    for each statement execute function delivery_targets_changed();
create trigger webhook_changed after insert or update or delete or truncate on webhook
    for each statement execute function delivery_targets_changed();
