-- Prepaid credits (CONTRACT 2.3): one wallet per app and user, and its transactions.

create table wallet (
    id                  varchar(40)  not null primary key,
    app_id              varchar(64)  not null,
    user_id             varchar(200) not null,
    currency            varchar(3)   not null,
    balance             bigint       not null default 0,
    total_purchased     bigint       not null default 0,
    total_spent         bigint       not null default 0,
    unrecovered_credits bigint       not null default 0,
    created_at          timestamp(6) with time zone not null,
    updated_at          timestamp(6) with time zone not null,
    version             bigint       not null,
    constraint wallet_owner_unique unique (app_id, user_id),
    constraint wallet_balance_not_negative check (balance >= 0)
);

create table wallet_transaction (
    id               varchar(40)  not null primary key,
    wallet_id        varchar(40)  not null references wallet (id),
    tx_type          varchar(16)  not null,
    credits          bigint       not null,
    status           varchar(16)  not null,
    payment_id       varchar(40)  references payment (id),
    reference        varchar(200),
    refunded_credits bigint       not null default 0,
    unrecovered      bigint       not null default 0,
    created_at       timestamp(6) with time zone not null,
    updated_at       timestamp(6) with time zone not null,
    version          bigint       not null,
    constraint wallet_transaction_credits_positive check (credits > 0)
);
create index wallet_transaction_wallet on wallet_transaction (wallet_id, created_at, id);
create index wallet_transaction_payment on wallet_transaction (payment_id);
