-- At most one open case per juvenile, also when two referrals of the same juvenile race each other: the check in
-- CaseService finds an open case that is committed, this index refuses the second of two concurrent ones.
-- It replaces the plain index of V2, serving the same lookup.
drop index juvenile_case_open_identity;
create unique index juvenile_case_one_open_per_juvenile on juvenile_case (identity_number_index)
    where status <> 'CLOSED';
