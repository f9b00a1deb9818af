-- The operations report (ADR 0094) counts the orders archived in a period and the dissatisfied callbacks given in it
-- (each reopens its order with a REOPEN step from REPLIED). Without these, both counts read the whole table.
create index work_order_archived_at_idx on work_order (archived_at) where archived_at is not null;
create index step_reopen_at_idx on step (at) where action = 'REOPEN' and from_status = 'REPLIED';
