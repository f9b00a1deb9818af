-- The four badges over the work-order lists count every open order in the reader's scope. With a year of orders the
-- count read each open row from the table (370 ms at 1,000,000 orders); this partial index holds every column the
-- count and the scope filter read, so PostgreSQL answers with an index-only scan of the open orders.
create index work_order_board_idx on work_order (status)
    include (due_at, overdue, warning_level, supervised, confidential, escalated_to, accepted_by, department_id,
             accepted_team_id)
    where status <> 'ARCHIVED';
