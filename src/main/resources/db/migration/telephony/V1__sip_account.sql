-- Agents' SIP credentials for the SIP adapter's registrar (digest authentication). Deliberately apart from the
-- identity module's login passwords: a phone holds its SIP secret in clear in its configuration, so it must never be
-- a password that opens the console. Only HA1 = MD5(user:realm:secret) is kept; the secret is shown once on issue.
create table sip_account (
    sip_user   text primary key,
    user_id    bigint,
    realm      text        not null,
    ha1        text        not null,
    issued_at  timestamptz not null,
    revoked_at timestamptz
);

create index sip_account_user on sip_account (user_id);
