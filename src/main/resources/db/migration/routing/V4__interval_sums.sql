-- Period reports (ADR 0094) add intervals up. A ratio cannot be added up, so each interval also keeps the parts:
-- the contacts abandoned after the target (the rest of the service-level denominator), and the handled contacts with
-- their handle seconds (the AHT numerator and denominator). Waits add up exactly as asa_seconds * answered.
alter table queue_interval_stat
    add column abandoned_after_target int              not null default 0,
    add column handled                int              not null default 0,
    add column handle_seconds         double precision not null default 0;

-- Existing intervals get their parts from the contact records they were computed from.
update queue_interval_stat s
set abandoned_after_target = x.abandoned_after_target, handled = x.handled, handle_seconds = x.handle_seconds
from (select c.queue_id, m.minutes,
             to_timestamp(floor(extract(epoch from c.arrived_at) / (m.minutes * 60)) * (m.minutes * 60)) as bucket,
             count(*) filter (where c.outcome = 'ABANDONED' and c.wait_seconds > q.service_level_seconds)
                 as abandoned_after_target,
             count(*) filter (where c.talk_seconds is not null) as handled,
             coalesce(sum(c.talk_seconds + coalesce(c.wrap_up_seconds, 0)), 0) as handle_seconds
      from contact c
      join queue q on q.id = c.queue_id
      cross join (values (15), (30)) m (minutes)
      where c.direction = 'INBOUND'
      group by 1, 2, 3) x
where s.queue_id = x.queue_id and s.interval_minutes = x.minutes and s.interval_start = x.bucket;
