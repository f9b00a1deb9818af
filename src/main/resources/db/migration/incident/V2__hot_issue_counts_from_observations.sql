-- An interval's count is now counted from the observations (an index range) instead of a counter row that every
-- transaction of a contact storm had to lock in turn; the forming topics of the current interval read them by time.
drop table hot_issue_count;
create index hot_issue_observation_at_idx on hot_issue_observation (at);
