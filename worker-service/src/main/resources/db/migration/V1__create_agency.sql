-- Social-work agencies bought by the government; the unified social-credit code is their public identity.
create table agency (
    credit_code  varchar(18)  primary key,
    name         varchar(200) not null,
    region_code  varchar(6)    not null,
    status       varchar(16)  not null,
    created_at   timestamptz  not null,
    created_by   varchar(100) not null,
    version      integer      not null default 0
);

create index agency_region_idx on agency (region_code);
