-- Receipts: one per fulfilled payment, numbered R-<year>-<6 digits>, gap-free per year. The counter row of a
-- year is incremented in the fulfilment's transaction, so a rolled-back fulfilment leaves no gap.

create table receipt_counter (
    receipt_year integer not null primary key,
    last_number  bigint  not null
);

create table receipt (
    payment_id     varchar(40)  not null primary key references payment (id),
    receipt_number varchar(24)  not null,
    receipt_year   integer      not null,
    sequence_no    bigint       not null,
    app_id         varchar(64)  not null,
    amount_minor   bigint       not null,
    currency       varchar(3)   not null,
    issued_at      timestamp(6) with time zone not null,
    constraint receipt_number_unique unique (receipt_number),
    constraint receipt_year_sequence_unique unique (receipt_year, sequence_no)
);
