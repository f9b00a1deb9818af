create extension if not exists pg_trgm;

-- Business categories: a tree under each work-order type (业务分类).
create table category (
    id         bigserial primary key,
    type       text    not null,
    parent_id  bigint  references category (id),
    code       text    not null,
    name       text    not null,
    name_en    text,
    sort_order int     not null default 0,
    active     boolean not null default true,
    version    bigint  not null default 0,
    unique (type, code)
);

-- Per type: the callback rule and what resolving on the spot leads to.
create table type_policy (
    type                    text    primary key,
    callback_required       boolean not null,
    on_spot_callback        boolean not null,
    max_callback_attempts   int     not null check (max_callback_attempts between 1 and 10),
    duplicate_window_hours  int     not null check (duplicate_window_hours between 0 and 8760),
    version                 bigint  not null default 0
);

-- Time limits; the most specific rule wins: (type, category, urgency) > (type, category) > (type, urgency) > (type).
create table time_limit (
    id               bigserial primary key,
    type             text   not null,
    category_id      bigint references category (id),
    urgency          text,
    sign_off_amount  int    not null check (sign_off_amount > 0),
    sign_off_unit    text   not null check (sign_off_unit in ('NATURAL_HOURS', 'WORKING_HOURS', 'WORKING_DAYS')),
    handle_amount    int    not null check (handle_amount > 0),
    handle_unit      text   not null check (handle_unit in ('NATURAL_HOURS', 'WORKING_HOURS', 'WORKING_DAYS')),
    callback_amount  int    not null check (callback_amount > 0),
    callback_unit    text   not null check (callback_unit in ('NATURAL_HOURS', 'WORKING_HOURS', 'WORKING_DAYS')),
    version          bigint not null default 0
);
create unique index time_limit_rule_idx on time_limit (type, coalesce(category_id, 0), coalesce(urgency, ''));

-- Readable numbers, GD + day + sequence within the day.
create table number_sequence (
    day  date primary key,
    last int  not null
);

create table work_order (
    id                    bigserial   primary key,
    number                text        not null unique,
    type                  text        not null,
    category_id           bigint      references category (id),
    urgency               text        not null,
    status                text        not null,
    outcome               text,
    confidential          boolean     not null default false,
    title                 text        not null,
    description           text        not null,
    channel               text        not null,
    contact_ref           text,
    customer_id           bigint,
    customer_name         text,
    customer_phone        text,
    customer_address      text,
    account_number        text,
    accepted_by           bigint      not null,
    accepted_by_name      text        not null,
    accepted_team_id      bigint,
    department_id         bigint,
    department_name       text,
    incident_id           bigint,
    duplicate_of          bigint      references work_order (id),
    escalated_to          text,
    supervised            boolean     not null default false,
    urge_count            int         not null default 0,
    return_count          int         not null default 0,
    reopen_count          int         not null default 0,
    callback_attempts     int         not null default 0,
    satisfaction          text,
    reply_text            text,
    accepted_at           timestamptz not null,
    dispatched_at         timestamptz,
    signed_off_at         timestamptz,
    replied_at            timestamptz,
    called_back_at        timestamptz,
    archived_at           timestamptz,
    sign_off_due_at       timestamptz,
    handle_due_at         timestamptz,
    callback_due_at       timestamptz,
    -- the deadline the current status runs against (and when its window opened), and the warning level already
    -- announced for it; next_alert_at is when the sweeper must look again
    window_start_at       timestamptz,
    due_at                timestamptz,
    due_in_working_time   boolean     not null default false,
    warning_level         int         not null default 0,
    next_alert_at         timestamptz,
    overdue               boolean     not null default false,
    updated_at            timestamptz not null,
    version               bigint      not null default 0
);
-- Open orders by deadline: the overdue and about-to-be-overdue boards, the department inbox.
create index work_order_open_due_idx on work_order (due_at) where status <> 'ARCHIVED';
create index work_order_department_idx on work_order (department_id, due_at) where status <> 'ARCHIVED';
create index work_order_accepted_by_idx on work_order (accepted_by, id desc);
create index work_order_team_idx on work_order (accepted_team_id, id desc);
create index work_order_customer_idx on work_order (customer_id, id desc);
create index work_order_accepted_at_idx on work_order (accepted_at desc);
create index work_order_status_idx on work_order (status, id desc);
create index work_order_alert_idx on work_order (next_alert_at) where next_alert_at is not null;
create index work_order_supervised_idx on work_order (due_at) where supervised and status <> 'ARCHIVED';
create index work_order_phone_idx on work_order (customer_phone, accepted_at desc);
create index work_order_text_idx on work_order using gin ((title || ' ' || description) gin_trgm_ops);

-- The processing record (流转记录): every step, who, when, what they wrote.
create table step (
    id            bigserial   primary key,
    work_order_id bigint      not null references work_order (id),
    action        text        not null,
    from_status   text        not null,
    to_status     text        not null,
    actor_id      bigint      not null,
    actor_name    text        not null,
    department_id bigint,
    note          text,
    at            timestamptz not null
);
create index step_order_idx on step (work_order_id, id);

create table extension_request (
    id             bigserial   primary key,
    work_order_id  bigint      not null references work_order (id),
    requested_by   bigint      not null,
    requested_name text        not null,
    requested_at   timestamptz not null,
    reason         text        not null,
    new_due_at     timestamptz not null,
    status         text        not null check (status in ('PENDING', 'APPROVED', 'REJECTED')),
    decided_by     bigint,
    decided_name   text,
    decided_at     timestamptz,
    decision_note  text
);
create index extension_request_order_idx on extension_request (work_order_id);
create index extension_request_pending_idx on extension_request (requested_at) where status = 'PENDING';

create table link (
    work_order_id bigint not null references work_order (id),
    linked_id     bigint not null references work_order (id),
    kind          text   not null check (kind in ('DUPLICATE', 'RELATED')),
    primary key (work_order_id, linked_id)
);

create table attachment (
    id            bigserial   primary key,
    work_order_id bigint      not null references work_order (id),
    file_name     text        not null,
    content_type  text        not null,
    size_bytes    bigint      not null,
    sha256        text        not null,
    storage_path  text        not null,
    uploaded_by   bigint      not null,
    uploaded_name text        not null,
    uploaded_at   timestamptz not null
);
create index attachment_order_idx on attachment (work_order_id);
