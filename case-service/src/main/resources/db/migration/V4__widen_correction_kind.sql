-- TEMPORARY_EXECUTION_OUTSIDE_PRISON (暂予监外执行) has 34 characters: V2's varchar(32) refused every such referral.
alter table juvenile_case alter column correction_kind type varchar(40);
