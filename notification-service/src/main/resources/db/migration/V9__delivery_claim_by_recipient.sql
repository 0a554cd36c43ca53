-- The dispatcher's claim (DeliveryClaims) with a backlog: it ranked every due delivery on every claim, so that a
-- backlog of n (an SMTP server back after an outage, one person flooded with alerts) cost n rows per claim and n^2 to
-- drain. It now walks the recipients with pending deliveries (one index probe each) and reads at most the limit per
-- recipient, plus one, of each; and counts what is in flight from the leased rows only, which are few.
create index delivery_pending_by_recipient_idx on delivery (channel, recipient, not_before, id)
    where status = 'PENDING';
create index delivery_leased_idx on delivery (channel, recipient)
    where status = 'PENDING' and leased_until is not null;
