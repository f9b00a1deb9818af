create table audit_entry (
    id          bigserial   primary key,
    at          timestamptz not null,
    actor_id    bigint      not null,
    actor_name  text        not null,
    entity_type text        not null,
    entity_id   text        not null,
    action      text        not null,
    summary     text,
    before      jsonb,
    after       jsonb
);
create index audit_entry_entity_idx on audit_entry (entity_type, entity_id, id desc);
create index audit_entry_actor_idx on audit_entry (actor_name, id desc);
create index audit_entry_at_idx on audit_entry (at desc);
