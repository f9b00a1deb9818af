-- Master data of the center: departments work orders are dispatched to, teams (班组), skills and agents'
-- proficiency, business calendars. User ids refer to identity.app_user without a foreign key (no joins across
-- module schemas).

create table department (
    id            bigserial   primary key,
    code          text        not null,
    name          text        not null,
    description   text,
    contact_phone text,
    active        boolean     not null default true,
    created_at    timestamptz not null,
    updated_at    timestamptz not null,
    version       bigint      not null default 0,
    constraint department_code_format check (code ~ '^[a-z][a-z0-9-]{1,31}$')
);
create unique index department_code_idx on department (code);
create unique index department_name_idx on department (name);

-- A person with the DEPARTMENT role belongs to at most one department.
create table department_staff (
    user_id       bigint      primary key,
    department_id bigint      not null references department (id),
    assigned_at   timestamptz not null
);
create index department_staff_department_idx on department_staff (department_id);

create table team (
    id           bigserial   primary key,
    name         text        not null,
    lead_user_id bigint,
    created_at   timestamptz not null,
    updated_at   timestamptz not null,
    version      bigint      not null default 0
);
create unique index team_name_idx on team (name);
create index team_lead_idx on team (lead_user_id);

-- An agent is in at most one team.
create table team_member (
    team    bigint not null references team (id) on delete cascade,
    user_id bigint not null,
    primary key (team, user_id)
);
create unique index team_member_user_idx on team_member (user_id);

create table skill (
    id          bigserial   primary key,
    code        text        not null,
    name        text        not null,
    channel     text        not null check (channel in ('VOICE', 'CHAT', 'EMAIL', 'MESSAGING', 'VIDEO')),
    description text,
    created_at  timestamptz not null,
    updated_at  timestamptz not null,
    version     bigint      not null default 0,
    constraint skill_code_format check (code ~ '^[a-z][a-z0-9-]{1,31}$')
);
create unique index skill_code_idx on skill (code);
create unique index skill_name_idx on skill (name);

-- One row per agent whose skills were ever set: the version the skills editor read.
create table agent_skill_set (
    user_id    bigint      primary key,
    updated_at timestamptz not null,
    version    bigint      not null default 0
);

create table agent_skill (
    user_id     bigint   not null references agent_skill_set (user_id) on delete cascade,
    skill_id    bigint   not null references skill (id),
    proficiency smallint not null check (proficiency between 1 and 5),
    primary key (user_id, skill_id)
);
create index agent_skill_skill_idx on agent_skill (skill_id);

-- revision counts every change (hours and entries) so cached BusinessCalendars know when they are stale;
-- version is the optimistic lock of the calendar's own fields.
create table calendar (
    id          bigserial   primary key,
    name        text        not null,
    description text,
    is_default  boolean     not null default false,
    revision    bigint      not null default 0,
    created_at  timestamptz not null,
    updated_at  timestamptz not null,
    version     bigint      not null default 0
);
create unique index calendar_name_idx on calendar (name);
create unique index calendar_one_default_idx on calendar (is_default) where is_default;

-- Working periods per ISO weekday (1 = Monday), in minutes of the day; 1440 is midnight at the end of the day.
create table calendar_hours (
    calendar     bigint   not null references calendar (id) on delete cascade,
    weekday      smallint not null check (weekday between 1 and 7),
    start_minute smallint not null,
    end_minute   smallint not null,
    check (start_minute >= 0 and start_minute < end_minute and end_minute <= 1440)
);
create index calendar_hours_calendar_idx on calendar_hours (calendar);

-- Public holidays and make-up working days (调休). hours: "08:30-12:00 13:30-17:30"; empty = Monday's hours.
create table calendar_entry (
    id          bigserial   primary key,
    calendar_id bigint      not null references calendar (id) on delete cascade,
    day         date        not null,
    kind        text        not null check (kind in ('HOLIDAY', 'WORKDAY')),
    name        text        not null,
    hours       text,
    created_at  timestamptz not null,
    constraint calendar_entry_hours_only_on_workdays check (kind = 'WORKDAY' or hours is null)
);
create unique index calendar_entry_day_idx on calendar_entry (calendar_id, day);

-- The center always has a default calendar: Monday to Friday, 08:30-12:00 and 13:30-17:30.
insert into calendar (name, description, is_default, created_at, updated_at)
values ('标准工作日历', '周一至周五 08:30-12:00、13:30-17:30；节假日与调休请在此维护或导入。', true, now(), now());
insert into calendar_hours (calendar, weekday, start_minute, end_minute)
select c.id, d, p.s, p.e
from calendar c, generate_series(1, 5) d, (values (510, 720), (810, 1050)) p(s, e)
where c.is_default;
