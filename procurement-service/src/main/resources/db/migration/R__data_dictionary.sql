-- The data dictionary of procurement-service: what every table and column holds, read with \d+ or from
-- pg_description. Repeatable: Flyway runs it again whenever it changes, after the versioned migrations, so it
-- describes the schema they leave. A new table or column gets its comment here (DataDictionaryTest fails otherwise).
-- No personal data: no ciphertext or blind index here; the only pseudonym is the token subject of who asked.

comment on table cost_estimate is 'cost estimates procurement officers asked for, kept so that a contract can cite the estimate it was budgeted from';
comment on column cost_estimate.id is 'the estimate id (a UUID), in its Location';
comment on column cost_estimate.expected_clients is 'clients expected over the period';
comment on column cost_estimate.client_ratio is 'clients per worker (default 20, as in Guangzhou)';
comment on column cost_estimate.unit_cost_per_post_year is 'price of one post for one year, CNY';
comment on column cost_estimate.period_start is 'first day of the period (inclusive)';
comment on column cost_estimate.period_end is 'end of the period (exclusive)';
comment on column cost_estimate.months is 'whole months from period_start to period_end';
comment on column cost_estimate.funded_posts is 'posts to fund: expected_clients divided by client_ratio, rounded up';
comment on column cost_estimate.budget is 'budget of the period, CNY: funded_posts times unit_cost_per_post_year times months divided by 12';
comment on column cost_estimate.cost_per_client_year is 'cost per client and year, CNY';
comment on column cost_estimate.created_at is 'when it was estimated';
comment on column cost_estimate.created_by is 'pseudonym: token subject of who asked for it';
