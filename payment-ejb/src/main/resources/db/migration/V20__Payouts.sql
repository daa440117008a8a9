-- Payouts (BeGateway credits to a saved card): each is stored PENDING, and its idempotency key bound to it, before
-- its gateway is called; payout_check has the janitor ask the gateway about one whose outcome is not known, with the
-- claims of payment_check and refund_check.
create table payout (
    id            varchar(40)  not null primary key,
    app_id        varchar(64)  not null,
    gateway       varchar(32)  not null,
    amount_minor  bigint       not null,
    currency      varchar(3)   not null,
    card_id       varchar(40),
    card_mask     varchar(32),
    description   varchar(500),
    reference     varchar(200),
    notify_url    varchar(2000),
    status        varchar(16)  not null,
    test_mode     boolean      not null,
    gateway_uid   varchar(200),
    failure       varchar(1000),
    status_changes integer     default 0 not null,
    created_at    timestamp(6) with time zone not null,
    updated_at    timestamp(6) with time zone not null,
    version       bigint       not null
);
create index payout_app_created on payout (app_id, created_at);

create table payout_check (
    payout_id     varchar(40) not null primary key references payout (id),
    next_check_at timestamp(6) with time zone not null,
    checks        integer     not null default 0,
    claimed_until timestamp(6) with time zone,
    claimed_by    varchar(80)
);
create index payout_check_due on payout_check (next_check_at);

-- A notification is about a payment or a payout.
alter table notification alter column payment_id drop not null;
alter table notification add column payout_id varchar(40) references payout (id);

-- A payment whose payer asked to keep the card for payouts and later charges (BeGateway's card token).
alter table payment add column save_card boolean default false not null;
