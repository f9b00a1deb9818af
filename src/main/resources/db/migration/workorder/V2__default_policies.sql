-- Product defaults modelled on public hotline rules (95598 / 12345 practice); administrators change them in the
-- console. Emergencies and repairs run on natural hours, round the clock; the rest on the business calendar.
insert into type_policy (type, callback_required, on_spot_callback, max_callback_attempts, duplicate_window_hours) values
    ('CONSULTATION',    false, false, 3, 72),
    ('QUERY',           false, false, 3, 72),
    ('COMPLAINT',       true,  true,  3, 168),
    ('SUGGESTION',      true,  false, 3, 168),
    ('PRAISE',          false, false, 3, 168),
    ('REPAIR',          true,  true,  3, 24),
    ('HELP',            true,  true,  3, 24),
    ('SERVICE_REQUEST', true,  true,  3, 72);

insert into time_limit (type, urgency, sign_off_amount, sign_off_unit, handle_amount, handle_unit, callback_amount, callback_unit) values
    ('CONSULTATION',    null,        2, 'WORKING_HOURS', 1,  'WORKING_DAYS',  1,  'WORKING_DAYS'),
    ('QUERY',           null,        2, 'WORKING_HOURS', 2,  'WORKING_DAYS',  1,  'WORKING_DAYS'),
    ('COMPLAINT',       null,        2, 'WORKING_HOURS', 5,  'WORKING_DAYS',  1,  'WORKING_DAYS'),
    ('COMPLAINT',       'URGENT',    1, 'WORKING_HOURS', 2,  'WORKING_DAYS',  1,  'WORKING_DAYS'),
    ('COMPLAINT',       'EMERGENCY', 1, 'NATURAL_HOURS', 24, 'NATURAL_HOURS', 24, 'NATURAL_HOURS'),
    ('SUGGESTION',      null,        1, 'WORKING_DAYS',  10, 'WORKING_DAYS',  2,  'WORKING_DAYS'),
    ('PRAISE',          null,        1, 'WORKING_DAYS',  5,  'WORKING_DAYS',  2,  'WORKING_DAYS'),
    ('REPAIR',          null,        1, 'NATURAL_HOURS', 24, 'NATURAL_HOURS', 24, 'NATURAL_HOURS'),
    ('REPAIR',          'EMERGENCY', 1, 'NATURAL_HOURS', 4,  'NATURAL_HOURS', 24, 'NATURAL_HOURS'),
    ('HELP',            null,        1, 'NATURAL_HOURS', 4,  'NATURAL_HOURS', 24, 'NATURAL_HOURS'),
    ('SERVICE_REQUEST', null,        4, 'WORKING_HOURS', 5,  'WORKING_DAYS',  2,  'WORKING_DAYS');
