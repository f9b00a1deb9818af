-- The recordings archive (ADR 0070): each file lives in the store under the data directory; the row holds where,
-- its SHA-256 and what kind of recording it is (the retention class). A transcript is keyed by the recording's key so
-- a switch may deliver it before or after the recording itself has been archived.
create table recording (
    id            uuid primary key,
    recording_key text             not null unique,
    contact_id    uuid,
    agent_id      bigint,
    type          text             not null,
    source        text             not null,
    started_at    timestamptz      not null,
    seconds       double precision not null,
    bytes         bigint           not null,
    sha256        text             not null,
    channels      int              not null,
    sample_rate   int              not null,
    storage_path  text             not null,
    archived_at   timestamptz      not null
);

create index recording_contact on recording (contact_id);
create index recording_agent on recording (agent_id, started_at);
create index recording_type_age on recording (type, started_at);

create table transcript (
    recording_key text primary key,
    source        text        not null,
    segments      jsonb       not null,
    stored_at     timestamptz not null
);

-- How long each type of recording is kept; types without a policy are kept until a policy names them.
create table retention_policy (
    type       text primary key,
    days       int         not null check (days between 1 and 36500),
    updated_at timestamptz not null,
    updated_by text        not null
);

insert into retention_policy (type, days, updated_at, updated_by) values
    ('contact', 180, now(), 'system'),
    ('complaint', 730, now(), 'system'),
    ('imported', 365, now(), 'system');
