-- The customer archive (客户档案). Trigram indexes serve the "contains" searches on names, addresses and phone
-- fragments; pg_trgm is a trusted extension, installed once in public so every module can use its operator classes.
create extension if not exists pg_trgm with schema public;

create table customer (
    id               bigserial   primary key,
    name             text        not null,
    kind             text        not null check (kind in ('PERSON', 'ORGANIZATION')),
    gender           text        check (gender in ('MALE', 'FEMALE')),
    notes            text,
    vip_level        smallint    not null default 0 check (vip_level between 0 and 5),
    sensitive        boolean     not null default false,
    sensitive_reason text,
    sensitive_by     text,
    sensitive_at     timestamptz,
    do_not_call      boolean     not null default false,
    status           text        not null default 'ACTIVE' check (status in ('ACTIVE', 'MERGED')),
    merged_into      bigint      references customer (id),
    merged_at        timestamptz,
    created_at       timestamptz not null,
    created_by       text        not null,
    updated_at       timestamptz not null,
    version          bigint      not null default 0,
    constraint customer_merged_has_survivor check ((status = 'MERGED') = (merged_into is not null)),
    constraint customer_not_merged_into_itself check (merged_into <> id),
    constraint customer_sensitive_has_reason check (not sensitive or sensitive_reason is not null)
);
create index customer_name_trgm_idx on customer using gin (name public.gin_trgm_ops);
create index customer_name_idx on customer (name text_pattern_ops);
create index customer_updated_idx on customer (updated_at desc, id desc);
create index customer_merged_into_idx on customer (merged_into) where merged_into is not null;
create index customer_sensitive_idx on customer (updated_at desc) where sensitive;

create table customer_tag (
    customer bigint not null references customer (id) on delete cascade,
    tag      text   not null,
    primary key (customer, tag)
);
create index customer_tag_tag_idx on customer_tag (tag);

-- Mobile and landline numbers share one channel ("PHONE") for identification and de-duplication.
create table contact_point (
    id          bigserial   primary key,
    customer_id bigint      not null references customer (id),
    type        text        not null check (type in ('MOBILE', 'PHONE', 'EMAIL', 'WECHAT', 'OTHER')),
    channel     text        not null generated always as
                    (case when type in ('MOBILE', 'PHONE') then 'PHONE' else type end) stored,
    value       text        not null,
    normalized  text        not null,
    label       text,
    created_at  timestamptz not null,
    created_by  text        not null
);
create unique index contact_point_once_idx on contact_point (customer_id, channel, normalized);
-- The identification fast path: equality on the normalized number, called on every incoming call.
create index contact_point_phone_idx on contact_point (normalized) where channel = 'PHONE';
create index contact_point_last4_idx on contact_point (right(normalized, 4)) where channel = 'PHONE';
create index contact_point_phone_trgm_idx on contact_point using gin (normalized public.gin_trgm_ops)
    where channel = 'PHONE';
create index contact_point_other_idx on contact_point (channel, normalized) where channel <> 'PHONE';

-- 户号: unique across all archives (a merge moves accounts, it never copies them).
create table account (
    id          bigserial   primary key,
    customer_id bigint      not null references customer (id),
    number      text        not null,
    type        text        not null check (type in ('RESIDENTIAL', 'NON_RESIDENTIAL', 'AGRICULTURAL')),
    address     text,
    created_at  timestamptz not null,
    created_by  text        not null
);
create unique index account_number_idx on account (number text_pattern_ops);
create index account_customer_idx on account (customer_id);
create index account_address_trgm_idx on account using gin (address public.gin_trgm_ops);

-- normalized: the text without white space, for duplicate detection and prefix matching (incidents by area).
create table address (
    id          bigserial   primary key,
    customer_id bigint      not null references customer (id),
    text        text        not null,
    normalized  text        not null,
    district    text,
    area_code   text        check (area_code ~ '^[0-9]{6}$'),
    created_at  timestamptz not null,
    created_by  text        not null
);
create index address_customer_idx on address (customer_id);
create index address_text_trgm_idx on address using gin (text public.gin_trgm_ops);
create index address_prefix_idx on address (normalized text_pattern_ops);
create index address_area_code_idx on address (area_code);

create table consent (
    id          bigserial   primary key,
    customer_id bigint      not null references customer (id),
    channel     text        not null check (channel in ('PHONE', 'SMS', 'EMAIL', 'WECHAT')),
    granted     boolean     not null,
    at          timestamptz not null,
    source      text        not null,
    note        text,
    recorded_by text        not null
);
create index consent_customer_idx on consent (customer_id, at desc, id desc);

-- The timeline read model, fed by CustomerInteraction events of the process modules (ADR 0021).
create table interaction (
    id          bigserial   primary key,
    customer_id bigint      not null references customer (id),
    at          timestamptz not null,
    kind        text        not null,
    reference   text,
    summary     text,
    link        text,
    recorded_at timestamptz not null,
    constraint interaction_once unique nulls not distinct (customer_id, kind, reference, at)
);
create index interaction_customer_idx on interaction (customer_id, at desc, id desc);
