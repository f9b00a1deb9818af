-- A hot issue remembers the incident a lead declared from it, so the hot-issue page links to it and a second
-- declaration from the same hot issue is refused.
alter table hot_issue add column incident_id bigint references incident (id);

-- Agents flag a work order as a possible hot issue (上报热点) from its page: that observation carries who flagged it,
-- and each reference can be flagged once (the automatic observation at intake stays unflagged).
alter table hot_issue_observation add column reported_by text;
create unique index hot_issue_observation_reported_idx on hot_issue_observation (reference) where reported_by is not null;
