-- History per queue and interval: fed by routing when an interval closes, by imports, and by the demo seeder.
create table contact_interval (
    queue_code             text             not null,
    interval_start         timestamptz      not null,
    interval_minutes       int              not null check (interval_minutes > 0 and 1440 % interval_minutes = 0),
    offered                int              not null check (offered >= 0),
    answered               int              not null check (answered >= 0),
    abandoned              int              not null check (abandoned >= 0),
    handle_seconds         double precision not null check (handle_seconds >= 0),
    abandoned_wait_seconds double precision not null check (abandoned_wait_seconds >= 0),
    answered_wait_seconds  double precision not null default 0 check (answered_wait_seconds >= 0),
    source                 text             not null,
    recorded_at            timestamptz      not null,
    primary key (queue_code, interval_minutes, interval_start)
);

-- Days that do not behave like their weekday; queue_code null concerns every queue.
create table special_day (
    id           bigserial        primary key,
    day          date             not null,
    kind         text             not null check (kind in ('HOLIDAY', 'MAKE_UP_WORKDAY', 'INCIDENT')),
    behaves_like text             check (behaves_like in ('MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY', 'SUNDAY')),
    factor       double precision not null default 1 check (factor > 0),
    queue_code   text,
    note         text,
    created_by   text             not null,
    created_at   timestamptz      not null
);
create unique index special_day_unique_idx on special_day (day, coalesce(queue_code, ''));

-- A lead's correction of the forecast for one interval, with the reason kept.
create table forecast_adjustment (
    id               bigserial        primary key,
    queue_code       text             not null,
    interval_start   timestamptz      not null,
    interval_minutes int              not null,
    contacts         double precision not null check (contacts >= 0),
    reason           text             not null,
    created_by       text             not null,
    created_at       timestamptz      not null
);
create index forecast_adjustment_queue_idx on forecast_adjustment (queue_code, interval_start);

-- Service target and staffing assumptions per queue.
create table queue_setting (
    queue_code       text             primary key,
    interval_minutes int              not null default 30,
    service_level    double precision not null default 0.8,
    target_seconds   int              not null default 20,
    max_occupancy    double precision,
    shrinkage        double precision not null default 0.3,
    erlang_a         boolean          not null default true,
    version          bigint           not null default 0
);

create table shift_template (
    id                 bigserial   primary key,
    code               text        not null unique check (code ~ '^[a-z0-9][a-z0-9_-]{0,31}$'),
    name               text        not null,
    earliest_start     time        not null,
    latest_start       time        not null,
    start_step_minutes int         not null default 30 check (start_step_minutes > 0),
    length_minutes     int         not null check (length_minutes between 60 and 720),
    meal_minutes       int         not null default 0 check (meal_minutes >= 0),
    break_minutes      int         not null default 0 check (break_minutes >= 0),
    required_skill     text,
    active             boolean     not null default true,
    version            bigint      not null default 0
);

create table contract (
    id                    bigserial primary key,
    code                  text      not null unique,
    name                  text      not null,
    minutes_per_week      int       not null check (minutes_per_week > 0),
    min_rest_minutes      int       not null check (min_rest_minutes >= 0),
    max_consecutive_days  int       not null check (max_consecutive_days between 1 and 14),
    min_days_off_per_week int       not null check (min_days_off_per_week between 0 and 7),
    version               bigint    not null default 0
);

-- Which contract an agent works under and their standing preferences.
create table agent_contract (
    user_id       bigint  primary key,
    contract_code text    not null references contract (code),
    avoid_nights  boolean not null default false,
    version       bigint  not null default 0
);

-- Leave (approved), declared unavailability, and days an agent would rather have off (a preference).
create table availability (
    id      bigserial primary key,
    user_id bigint    not null,
    day     date      not null,
    kind    text      not null check (kind in ('LEAVE', 'UNAVAILABLE', 'PREFER_OFF')),
    note    text,
    unique (user_id, day, kind)
);

create table schedule (
    id               bigserial   primary key,
    name             text        not null,
    first_day        date        not null,
    weeks            int         not null check (weeks between 1 and 6),
    interval_minutes int         not null,
    queues           text        not null,
    status           text        not null check (status in ('DRAFT', 'SOLVING', 'SOLVED', 'PUBLISHED', 'WITHDRAWN')),
    score            text,
    under_coverage   bigint,
    over_coverage    bigint,
    lower_bound      bigint,
    explanation      text,
    created_by       text        not null,
    created_at       timestamptz not null,
    solved_at        timestamptz,
    published_by     text,
    published_at     timestamptz,
    version          bigint      not null default 0
);

create table schedule_requirement (
    schedule_id    bigint not null references schedule (id) on delete cascade,
    interval_index int    not null,
    required       int    not null check (required >= 0),
    primary key (schedule_id, interval_index)
);

create table schedule_shift (
    id            bigserial   primary key,
    schedule_id   bigint      not null references schedule (id) on delete cascade,
    user_id       bigint      not null,
    display_name  text        not null,
    day           date        not null,
    template_code text        not null,
    starts_at     timestamptz not null,
    ends_at       timestamptz not null,
    paid_minutes  int         not null,
    pauses        text        not null default '',
    -- deferrable: an approved swap exchanges two agents' shifts in one statement
    constraint schedule_shift_agent_day unique (schedule_id, user_id, day) deferrable
);
create index schedule_shift_user_idx on schedule_shift (user_id, day);

create table shift_request (
    id               bigserial   primary key,
    kind             text        not null check (kind in ('SWAP', 'LEAVE')),
    requester_id     bigint      not null,
    requester_name   text        not null,
    day              date        not null,
    counterpart_id   bigint,
    counterpart_name text,
    reason           text        not null,
    status           text        not null check (status in ('PENDING', 'APPROVED', 'REJECTED', 'CANCELLED')),
    decided_by       text,
    decided_at       timestamptz,
    decision_note    text,
    created_at       timestamptz not null,
    version          bigint      not null default 0
);
create index shift_request_status_idx on shift_request (status, day);

-- Agent states as observed (routing's AgentStateChanged); adherence compares them with the published schedule.
create table agent_state_event (
    id      bigserial   primary key,
    user_id bigint      not null,
    state   text        not null,
    at      timestamptz not null
);
create index agent_state_event_user_idx on agent_state_event (user_id, at);
