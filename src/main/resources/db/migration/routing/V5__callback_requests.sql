-- A caller who left a queue for a callback (the queue's overflow to callback) is owed a call: the contact ended with
-- outcome CALLBACK is the request; this row follows it up (attempts, who called last, how it ended). No row yet means
-- open with no attempt.
create table callback_request (
    contact_id      uuid        primary key references contact (id),
    status          text        not null default 'OPEN'
        constraint callback_request_status check (status in ('OPEN', 'DONE', 'UNREACHABLE')),
    attempts        int         not null default 0,
    last_agent_id   bigint,
    last_attempt_at timestamptz,
    closed_at       timestamptz,
    version         bigint      not null default 0
);
create index contact_callback_idx on contact (arrived_at) where outcome = 'CALLBACK' and direction = 'INBOUND';
