-- Calls agents place (callbacks, ADR 0093) are contacts too: in their agent's figures and the customer's timeline,
-- not in the queues' inbound service level.
alter table contact add column direction text not null default 'INBOUND'
    constraint contact_direction check (direction in ('INBOUND', 'OUTBOUND'));
