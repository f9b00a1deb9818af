create table app_user (
    id                   bigserial   primary key,
    username             text        not null,
    display_name         text        not null,
    password_hash        text        not null,
    email                text,
    phone                text,
    enabled              boolean     not null default true,
    must_change_password boolean     not null default false,
    created_at           timestamptz not null,
    updated_at           timestamptz not null,
    version              bigint      not null default 0,
    constraint app_user_username_lower check (username = lower(username)),
    constraint app_user_username_format check (username ~ '^[a-z0-9][a-z0-9._-]{1,63}$')
);
create unique index app_user_username_idx on app_user (username);

create table user_role (
    app_user bigint not null references app_user (id) on delete cascade,
    role     text   not null check (role in ('AGENT', 'TEAM_LEAD', 'SUPERVISOR', 'QA', 'MANAGER', 'ADMIN', 'DEPARTMENT')),
    primary key (app_user, role)
);

-- API tokens are shown once; only their SHA-256 is kept.
create table api_token (
    id           bigserial   primary key,
    user_id      bigint      not null references app_user (id),
    name         text        not null,
    token_hash   text        not null unique,
    token_prefix text        not null,
    created_at   timestamptz not null,
    created_by   text        not null,
    expires_at   timestamptz,
    last_used_at timestamptz,
    revoked_at   timestamptz,
    revoked_by   text
);
create index api_token_user_idx on api_token (user_id);
