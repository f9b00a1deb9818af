-- Quality inspection (质检): scorecards and their frozen versions, sampling plans, evaluations with item scores,
-- appeals, calibration sessions and coaching tasks. Ids of other modules (contacts, users, teams, work orders) are
-- plain columns with the few facts the pages show copied next to them (no cross-schema keys).

create table scorecard (
    id          bigserial primary key,
    code        varchar(40)  not null unique,
    name        varchar(120) not null,
    description varchar(1000),
    -- the editable draft: sections and items as JSON (ScorecardContent)
    draft       jsonb        not null,
    created_at  timestamptz  not null,
    updated_at  timestamptz  not null,
    version     bigint       not null default 0
);

-- A published version is immutable: evaluations keep the id of the version they were scored with.
create table scorecard_version (
    id           bigserial primary key,
    scorecard_id bigint      not null references scorecard (id),
    number       int         not null,
    content      jsonb       not null,
    published_at timestamptz not null,
    published_by varchar(100) not null,
    unique (scorecard_id, number)
);

create table sampling_plan (
    id                bigserial primary key,
    name              varchar(120) not null,
    scorecard_id      bigint       not null references scorecard (id),
    active            boolean      not null default true,
    weekly_percent    numeric(5, 2) not null default 0,
    weekly_cap        int,
    complaints        boolean      not null default false,
    long_minutes      int,
    low_satisfaction  boolean      not null default false,
    flagged           boolean      not null default false,
    due_days          int          not null default 3,
    created_at        timestamptz  not null,
    updated_at        timestamptz  not null,
    version           bigint       not null default 0
);

-- The weeks the percentage sampler has drawn for a plan (once each, whatever the number of nodes).
create table plan_week (
    plan_id    bigint not null references sampling_plan (id),
    week_start date   not null,
    drawn      int    not null,
    drawn_at   timestamptz not null,
    primary key (plan_id, week_start)
);

-- Our copy of the contacts routing reported ended, for the weekly sampler and to find a work order's contact.
create table contact_seen (
    contact_id    uuid primary key,
    agent_id      bigint      not null,
    queue_code    varchar(40),
    ended_at      timestamptz not null,
    talk_seconds  double precision,
    work_order_id bigint,
    customer_id   bigint
);
create index contact_seen_agent_ended on contact_seen (ended_at, agent_id);
create index contact_seen_work_order on contact_seen (work_order_id) where work_order_id is not null;

create table calibration_session (
    id                   bigserial primary key,
    title                varchar(200) not null,
    contact_id           uuid         not null,
    agent_id             bigint,
    agent_name           varchar(100),
    queue_code           varchar(40),
    contact_at           timestamptz,
    talk_seconds         double precision,
    work_order_id        bigint,
    scorecard_version_id bigint       not null references scorecard_version (id),
    status               varchar(20)  not null,
    created_by           bigint       not null,
    created_by_name      varchar(100) not null,
    created_at           timestamptz  not null,
    closed_at            timestamptz,
    version              bigint       not null default 0
);

create table evaluation (
    id                   bigserial primary key,
    -- REGULAR (sampled or assigned), CALIBRATION (one inspector's blind score), REFERENCE (the session's reference)
    kind                 varchar(20)  not null,
    calibration_id       bigint references calibration_session (id),
    contact_id           uuid         not null,
    agent_id             bigint,
    agent_name           varchar(100),
    team_id              bigint,
    team_name            varchar(100),
    queue_code           varchar(40),
    contact_at           timestamptz,
    talk_seconds         double precision,
    work_order_id        bigint,
    source               varchar(30)  not null,
    plan_id              bigint references sampling_plan (id),
    scorecard_version_id bigint       not null references scorecard_version (id),
    inspector_id         bigint       not null,
    inspector_name       varchar(100) not null,
    status               varchar(20)  not null,
    total                numeric(5, 2),
    result               varchar(10),
    fatal                boolean      not null default false,
    comment              varchar(2000),
    assigned_at          timestamptz  not null,
    due_at               timestamptz,
    overdue              boolean      not null default false,
    started_at           timestamptz,
    submitted_at         timestamptz,
    acknowledged_at      timestamptz,
    appeal_due_at        timestamptz,
    appealed_at          timestamptz,
    appeal_reason        varchar(2000),
    arbiter_id           bigint,
    arbiter_name         varchar(100),
    arbitration_note     varchar(2000),
    arbitrated_at        timestamptz,
    score_changed        boolean      not null default false,
    closed_at            timestamptz,
    -- when the sweeper must next look at the row (assignment deadline, end of the appeal window)
    next_due_at          timestamptz,
    updated_at           timestamptz  not null,
    version              bigint       not null default 0
);
-- One regular evaluation per contact, however many sampling rules pick it.
create unique index evaluation_one_per_contact on evaluation (contact_id)
    where kind = 'REGULAR' and status <> 'CANCELLED';
create unique index evaluation_one_per_inspector_in_session on evaluation (calibration_id, inspector_id)
    where calibration_id is not null;
create index evaluation_due on evaluation (next_due_at) where next_due_at is not null;
create index evaluation_inspector_status on evaluation (inspector_id, status);
create index evaluation_agent on evaluation (agent_id, submitted_at);
create index evaluation_submitted on evaluation (submitted_at) where kind = 'REGULAR';

create table evaluation_score (
    evaluation_id bigint       not null references evaluation (id) on delete cascade,
    item_code     varchar(40)  not null,
    section_name  varchar(120) not null,
    item_name     varchar(200) not null,
    value         numeric(6, 2),
    na            boolean      not null default false,
    -- the share of the item's weight earned (0..1), null when N/A or not scored yet
    earned        numeric(6, 4),
    lost          boolean      not null default false,
    fatal         boolean      not null default false,
    comment       varchar(1000),
    at_millis     bigint,
    primary key (evaluation_id, item_code)
);

create table coaching_task (
    id              bigserial primary key,
    evaluation_id   bigint       not null references evaluation (id),
    agent_id        bigint       not null,
    agent_name      varchar(100),
    team_id         bigint,
    lead_id         bigint,
    focus           varchar(1000) not null,
    status          varchar(20)  not null,
    created_by      bigint       not null,
    created_by_name varchar(100) not null,
    created_at      timestamptz  not null,
    due_date        date,
    done_at         timestamptz,
    outcome         varchar(2000),
    version         bigint       not null default 0
);
create index coaching_task_lead on coaching_task (lead_id, status);
create index coaching_task_agent on coaching_task (agent_id);
