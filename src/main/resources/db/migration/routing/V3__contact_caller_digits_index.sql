-- The recordings list finds a caller's contacts by whole number (ADR 0074): the digits of the number as the switch
-- delivered it, a leading + counted as 00, compared with each usual notation of the number searched for.
create index contact_caller_digits_idx
    on contact (regexp_replace(regexp_replace(caller_number, '^\s*\+', '00'), '[^0-9]', '', 'g'))
    where caller_number is not null;
