-- The retention sweep deletes agent states older than hotline.workforce.state-history-retention by time.
create index agent_state_event_at_idx on agent_state_event (at);
