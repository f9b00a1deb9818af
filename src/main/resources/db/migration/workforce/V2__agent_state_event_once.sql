-- Routing's state changes arrive through the event publication registry, which redelivers after a crash: the same
-- change (agent, instant, state) must be stored once.
delete from agent_state_event a using agent_state_event b
 where a.id > b.id and a.user_id = b.user_id and a.at = b.at and a.state = b.state;
create unique index agent_state_event_once_idx on agent_state_event (user_id, at, state);
