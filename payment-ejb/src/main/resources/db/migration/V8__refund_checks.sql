-- Reconciliation of refunds: when each refund left pending at its gateway is next asked there, and which runner
-- holds it. Claimed with a conditional update, exactly like payment_check.

create table refund_check (
    refund_id     varchar(40) not null primary key references refund (id),
    next_check_at timestamp(6) with time zone not null,
    checks        integer     not null default 0,
    claimed_until timestamp(6) with time zone,
    claimed_by    varchar(80)
);
create index refund_check_due on refund_check (next_check_at);

insert into refund_check (refund_id, next_check_at, checks)
    select id, updated_at, 0 from refund where status = 'PENDING';
