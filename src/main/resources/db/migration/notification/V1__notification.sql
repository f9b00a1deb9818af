create table notification (
    id          bigserial   primary key,
    user_id     bigint      not null,
    kind        text        not null,
    message_key text        not null,
    args        jsonb       not null default '[]',
    link        text,
    created_at  timestamptz not null,
    read_at     timestamptz
);
create index notification_user_idx on notification (user_id, id desc);
create index notification_unread_idx on notification (user_id) where read_at is null;
