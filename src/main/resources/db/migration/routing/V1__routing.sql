-- Routing (ACD): queues and their skill requirements, reason codes, team leads' queue assignments, the agents'
-- current state and its history (for adherence), every contact's record and the interval statistics workforce
-- management and reports build on. User ids refer to identity.app_user without a foreign key.

create table queue (
    id                      bigserial   primary key,
    code                    text        not null,
    name                    text        not null,
    channel                 text        not null,
    priority                int         not null default 0,
    strategy                text        not null,
    service_level_percent   int         not null default 80,
    service_level_seconds   int         not null default 20,
    max_wait_seconds        int,
    overflow_queue_id       bigint      references queue (id),
    overflow_to_callback    boolean     not null default false,
    relax_after_seconds     int,
    relaxed_min_proficiency int         not null default 1,
    wrap_up_seconds         int         not null default 30,
    ring_timeout_seconds    int         not null default 15,
    enabled                 boolean     not null default true,
    created_at              timestamptz not null,
    updated_at              timestamptz not null,
    version                 bigint      not null default 0,
    constraint queue_code_format check (code ~ '^[A-Z][A-Z0-9_]{1,31}$'),
    constraint queue_sl_percent check (service_level_percent between 1 and 100),
    constraint queue_sl_seconds check (service_level_seconds between 1 and 3600)
);
create unique index queue_code_idx on queue (code);

create table queue_skill (
    queue_id        bigint not null references queue (id) on delete cascade,
    skill_code      text   not null,
    min_proficiency int    not null check (min_proficiency between 1 and 5),
    primary key (queue_id, skill_code)
);

create table reason_code (
    id          bigserial   primary key,
    code        text        not null,
    name        text        not null,
    productive  boolean     not null default false,
    enabled     boolean     not null default true,
    created_at  timestamptz not null,
    updated_at  timestamptz not null,
    version     bigint      not null default 0,
    constraint reason_code_format check (code ~ '^[A-Z][A-Z0-9_]{1,31}$')
);
create unique index reason_code_code_idx on reason_code (code);

-- A team lead's choice of queues for an agent; no rows: every queue the agent's skills qualify for.
create table agent_queue (
    user_id  bigint not null,
    queue_id bigint not null references queue (id) on delete cascade,
    primary key (user_id, queue_id)
);

create table agent_state (
    user_id    bigint      primary key,
    username   text        not null,
    state      text        not null,
    reason     text,
    since      timestamptz not null
);

create table agent_state_history (
    id         bigserial   primary key,
    user_id    bigint      not null,
    state      text        not null,
    reason     text,
    started_at timestamptz not null
);
create index agent_state_history_user_idx on agent_state_history (user_id, started_at);
create index agent_state_history_time_idx on agent_state_history (started_at);

create table contact (
    id              uuid        primary key,
    channel         text        not null,
    queue_id        bigint      not null,
    queue_code      text        not null,
    status          text        not null,
    call_id         text,
    leg_id          text,
    caller_number   text,
    called_number   text,
    priority        int         not null default 0,
    customer_id     bigint,
    work_order_id   bigint,
    arrived_at      timestamptz not null,
    waiting_since   timestamptz not null,
    routed_at       timestamptz,
    answered_at     timestamptz,
    ended_at        timestamptz,
    agent_id        bigint,
    outcome         text,
    disposition     text,
    offers          int         not null default 0,
    no_answers      int         not null default 0,
    wait_seconds    double precision,
    talk_seconds    double precision,
    hold_seconds    double precision not null default 0,
    wrap_up_seconds double precision,
    transferred     boolean     not null default false
);
create index contact_arrived_idx on contact (arrived_at);
create index contact_queue_arrived_idx on contact (queue_id, arrived_at);
create index contact_agent_arrived_idx on contact (agent_id, arrived_at);
create index contact_open_idx on contact (status) where status <> 'ENDED';
create index contact_customer_idx on contact (customer_id) where customer_id is not null;

create table queue_interval_stat (
    queue_id              bigint      not null,
    interval_minutes      int         not null check (interval_minutes in (15, 30)),
    interval_start        timestamptz not null,
    offered               int         not null,
    answered              int         not null,
    abandoned             int         not null,
    answered_in_target    int         not null,
    service_level         double precision,
    asa_seconds           double precision,
    aht_seconds           double precision,
    longest_wait_seconds  double precision,
    computed_at           timestamptz not null,
    primary key (queue_id, interval_minutes, interval_start)
);

create table agent_interval_stat (
    user_id               bigint      not null,
    interval_minutes      int         not null check (interval_minutes in (15, 30)),
    interval_start        timestamptz not null,
    handled               int         not null,
    talk_seconds          double precision not null,
    staffed_seconds       double precision not null,
    busy_seconds          double precision not null,
    not_ready_seconds     double precision not null,
    occupancy             double precision,
    computed_at           timestamptz not null,
    primary key (user_id, interval_minutes, interval_start)
);
