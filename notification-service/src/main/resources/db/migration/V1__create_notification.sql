-- Alerts in the in-app inbox; addressed to a role (everyone holding it) or to one person (token subject).
create table notification (
    id                 uuid         primary key,
    rule               varchar(64)  not null,
    source_event_id    uuid         not null,
    recipient_role     varchar(64),
    recipient_subject  varchar(100),
    severity           varchar(16)  not null,
    title              varchar(200) not null,
    body               varchar(2000) not null,
    subject_ref        varchar(100) not null,
    created_at         timestamptz  not null,
    acknowledged_at    timestamptz,
    acknowledged_by    varchar(100),
    version            integer      not null default 0,
    constraint notification_one_per_rule_and_event unique (rule, source_event_id),
    constraint notification_has_recipient check (recipient_role is not null or recipient_subject is not null)
);

create index notification_role_idx on notification (recipient_role, created_at desc);
create index notification_subject_idx on notification (recipient_subject, created_at desc);
