-- The knowledge base: a category tree, articles and FAQ pairs with every saved revision, attachments, synonyms for
-- search, and scripts (话术). The Lucene index is derived from these tables and rebuilt at start.

create table category (
    id        bigserial primary key,
    parent_id bigint    references category (id),
    name      text      not null,
    position  int       not null default 0,
    version   bigint    not null default 0
);
create unique index category_name_idx on category (coalesce(parent_id, 0), name);

create table article (
    id                 bigserial   primary key,
    kind               text        not null check (kind in ('ARTICLE', 'FAQ')),
    category_id        bigint      not null references category (id),
    title              text        not null,
    body               text        not null,
    keywords           text        not null default '',
    status             text        not null check (status in ('DRAFT', 'REVIEW', 'PUBLISHED', 'EXPIRED')),
    valid_from         date,
    valid_until        date,
    revision           int         not null,
    -- the revision agents see while a newer one is being written or reviewed; null when nothing is published
    published_revision int,
    created_at         timestamptz not null,
    created_by         text        not null,
    updated_at         timestamptz not null,
    updated_by         text        not null,
    submitted_by_id    bigint,
    submitted_by       text,
    reviewed_by        text,
    reviewed_at        timestamptz,
    review_note        text,
    published_at       timestamptz,
    version            bigint      not null default 0,
    constraint article_validity check (valid_until is null or valid_from is null or valid_from <= valid_until)
);
create index article_status_idx on article (status, updated_at desc);
create index article_category_idx on article (category_id);

create table article_revision (
    article_id  bigint      not null references article (id) on delete cascade,
    revision    int         not null,
    kind        text        not null,
    category_id bigint      not null,
    title       text        not null,
    body        text        not null,
    keywords    text        not null,
    valid_from  date,
    valid_until date,
    saved_at    timestamptz not null,
    saved_by    text        not null,
    note        text,
    primary key (article_id, revision)
);

create table attachment (
    id           bigserial   primary key,
    article_id   bigint      not null references article (id) on delete cascade,
    file_name    text        not null,
    content_type text        not null,
    size_bytes   bigint      not null,
    content      bytea       not null,
    uploaded_at  timestamptz not null,
    uploaded_by  text        not null
);
create index attachment_article_idx on attachment (article_id);

-- One group of words that mean the same to a caller (停电, 断电, 没电); applied when a query is read.
create table synonym_group (
    id         bigserial   primary key,
    terms      text        not null,
    created_at timestamptz not null,
    created_by text        not null
);

create table script (
    id          bigserial   primary key,
    name        text        not null unique,
    category_id bigint      references category (id),
    body        text        not null,
    updated_at  timestamptz not null,
    updated_by  text        not null,
    version     bigint      not null default 0
);
