-- Reconciliation: when each payment not final yet is next asked at its gateway, and which runner holds it.
-- A runner claims a row with a conditional update (claimed_until in the past), so several nodes never query
-- the same payment at once.

create table payment_check (
    payment_id    varchar(40) not null primary key references payment (id),
    next_check_at timestamp(6) with time zone not null,
    checks        integer     not null default 0,
    claimed_until timestamp(6) with time zone,
    claimed_by    varchar(80)
);
create index payment_check_due on payment_check (next_check_at);

insert into payment_check (payment_id, next_check_at, checks)
    select id, updated_at, 0 from payment where status in ('CREATED', 'PENDING', 'AUTHORIZED');
