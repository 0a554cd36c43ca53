-- The audit trail: who did what to which case, when, through which client, why (purpose), under which correlation
-- id. Append-only, and not only because the service has no update or delete path: the triggers below make the
-- database itself refuse UPDATE, DELETE and TRUNCATE of audit rows, whoever asks. Rows carry references, subjects,
-- usernames, client ids and enum values only, never a juvenile's identity.
create table audit_event (
    id               bigint generated always as identity primary key,
    occurred_at      timestamptz  not null,
    action           varchar(32)  not null,
    case_reference   varchar(20),
    purpose          varchar(32),
    detail           varchar(200),
    actor_subject    varchar(255) not null,
    actor_username   varchar(255),
    client_id        varchar(255),
    correlation_id   varchar(128)
);

-- The auditor's queries, each newest first: everything in a period, one case's trail, one actor's trail (by
-- subject or by username), one action.
create index audit_event_time on audit_event (occurred_at desc, id desc);
create index audit_event_case on audit_event (case_reference, occurred_at desc) where case_reference is not null;
create index audit_event_actor_subject on audit_event (actor_subject, occurred_at desc);
create index audit_event_actor_username on audit_event (actor_username, occurred_at desc)
    where actor_username is not null;
create index audit_event_action on audit_event (action, occurred_at desc);

create function audit_event_refuse_change() returns trigger language plpgsql as $$
begin
    raise exception 'audit_event is append-only: % refused', tg_op using errcode = 'insufficient_privilege';
end;
$$;

create trigger audit_event_no_update_or_delete before update or delete on audit_event
    for each row execute function audit_event_refuse_change();
create trigger audit_event_no_truncate before truncate on audit_event
    for each statement execute function audit_event_refuse_change();
