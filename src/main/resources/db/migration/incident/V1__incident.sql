-- Incidents (突发事件) with their area and approved wording, the contacts and work orders linked to them, the upward
-- report made at closing; hot-issue detection (counts per category, area and interval, with an EWMA baseline);
-- notifications for leads; bulletins for the morning briefing; the shift handover log.

create table incident (
    id              bigserial   primary key,
    title           text        not null,
    type            text        not null check (type in ('OUTAGE', 'PLANNED_OUTAGE', 'WEATHER', 'BILLING', 'SYSTEM', 'OTHER')),
    status          text        not null check (status in ('ACTIVE', 'CLOSED')),
    wording         text        not null,
    started_at      timestamptz not null,
    expected_end_at timestamptz,
    declared_at     timestamptz not null,
    declared_by     text        not null,
    updated_at      timestamptz not null,
    updated_by      text        not null,
    closed_at       timestamptz,
    closed_by       text,
    resolution      text,
    contacts        int,
    work_orders     int,
    version         bigint      not null default 0,
    constraint incident_expected_end check (expected_end_at is null or expected_end_at > started_at)
);
create index incident_active_idx on incident (status) where status = 'ACTIVE';

-- What an incident covers: address prefixes, district names, account numbers (户号), as plain strings.
create table incident_area (
    incident bigint not null references incident (id) on delete cascade,
    kind     text   not null check (kind in ('ADDRESS_PREFIX', 'DISTRICT', 'ACCOUNT')),
    value    text   not null,
    primary key (incident, kind, value)
);

create table incident_link (
    incident_id bigint      not null references incident (id) on delete cascade,
    kind        text        not null check (kind in ('CONTACT', 'WORK_ORDER')),
    reference   text        not null,
    linked_at   timestamptz not null,
    primary key (incident_id, kind, reference)
);

create table upward_report (
    id          bigserial   primary key,
    incident_id bigint      not null unique references incident (id),
    recipient   text        not null,
    body        text        not null,
    reported_at timestamptz not null,
    reported_by text        not null
);

-- Hot issues: one row per category, area and interval; detection reads these after a restart too.
create table hot_issue_count (
    category     text        not null,
    area         text        not null,
    bucket_start timestamptz not null,
    count        int         not null,
    primary key (category, area, bucket_start)
);

create table hot_issue_baseline (
    category    text             not null,
    area        text             not null,
    mean        double precision not null,
    last_bucket timestamptz      not null,
    primary key (category, area)
);

create table hot_issue_observation (
    id        bigserial   primary key,
    category  text        not null,
    area      text        not null,
    at        timestamptz not null,
    reference text        not null
);
create index hot_issue_observation_idx on hot_issue_observation (category, area, at);

create table hot_issue (
    id              bigserial        primary key,
    category        text             not null,
    area            text             not null,
    bucket_start    timestamptz      not null,
    count           int              not null,
    expected        double precision not null,
    control_limit   int              not null,
    detected_at     timestamptz      not null,
    acknowledged_at timestamptz,
    acknowledged_by text,
    unique (category, area, bucket_start)
);
create index hot_issue_detected_idx on hot_issue (detected_at desc);

-- In-app notifications for a role (the leads); a later notification centre may take them over.
create table notification (
    id         bigserial   primary key,
    audience   text        not null,
    kind       text        not null,
    title      text        not null,
    link       text,
    created_at timestamptz not null
);
create index notification_created_idx on notification (created_at desc);

create table bulletin (
    id          bigserial   primary key,
    title       text        not null,
    body        text        not null,
    valid_from  date        not null,
    valid_until date,
    created_at  timestamptz not null,
    created_by  text        not null,
    updated_at  timestamptz not null,
    version     bigint      not null default 0,
    constraint bulletin_validity check (valid_until is null or valid_until >= valid_from)
);

create table handover_entry (
    id              bigserial   primary key,
    shift_date      date        not null,
    shift           text        not null,
    handed_over_by  text        not null,
    taken_over_by   text,
    notes           text        not null,
    open_issues     text,
    created_at      timestamptz not null,
    acknowledged_at timestamptz,
    acknowledged_by text
);
create index handover_entry_date_idx on handover_entry (shift_date desc, id desc);
