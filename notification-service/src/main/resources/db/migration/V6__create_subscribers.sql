-- Issue 14, items 2 and 3: who gets alerts by e-mail. A subscriber is a person who called the preferences endpoint;
-- their roles and scope claims are those of their token at the last call, so that the listener can address them
-- without a token. Per-rule e-mail choices override the default (URGENT rules on, others off).

create table subscriber (
    subject       varchar(200)  primary key,
    locale        varchar(2)    not null default 'zh',
    email         varchar(254),
    token_email   varchar(254),
    quiet_start   time,
    quiet_end     time,
    quiet_zone    varchar(64),
    updated_at    timestamptz   not null,
    constraint subscriber_locale check (locale in ('zh', 'en')),
    constraint subscriber_quiet_hours_whole check ((quiet_start is null) = (quiet_end is null)
        and (quiet_start is null) = (quiet_zone is null)),
    constraint subscriber_quiet_hours_not_empty check (quiet_start <> quiet_end)
);

create table subscriber_role (
    subject  varchar(200)  not null references subscriber (subject) on delete cascade,
    role     varchar(64)   not null,
    scope    varchar(200),
    primary key (subject, role)
);

-- The EMAIL listener looks subscribers up by the alert's (role, scope).
create index subscriber_role_scope_idx on subscriber_role (role, scope);

create table subscription (
    subject  varchar(200)  not null references subscriber (subject) on delete cascade,
    rule     varchar(64)   not null,
    email    boolean       not null,
    primary key (subject, rule)
);
