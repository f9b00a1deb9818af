-- Automatic inspection (versions 50 and up; the rest of the quality module numbers from 1). Rules are configured by
-- QA and administrators; hits are kept per recording and replaced when the recording is inspected again.
create table inspection_rule (
    id             bigserial primary key,
    code           text             not null unique,
    name_zh        text             not null,
    name_en        text             not null,
    kind           text             not null,
    phrases        text             not null default '',
    speaker        text             not null default 'AGENT',
    phase          text             not null default 'ANYWHERE',
    window_seconds int              not null default 0,
    threshold      double precision not null default 0,
    item_code      text,
    violation      boolean          not null,
    enabled        boolean          not null default true,
    version        int              not null default 0,
    updated_at     timestamptz      not null,
    updated_by     text             not null
);

create table inspection_hit (
    id                   bigserial primary key,
    contact_id           uuid,
    recording_id         uuid        not null,
    recording_started_at timestamptz not null,
    agent_id             bigint,
    rule_code            text        not null,
    rule_name            text        not null,
    item_code            text,
    violation            boolean     not null,
    start_millis         bigint,
    end_millis           bigint,
    excerpt              text        not null,
    inspected_at         timestamptz not null
);

create index inspection_hit_contact on inspection_hit (contact_id);
create index inspection_hit_recording on inspection_hit (recording_id);
