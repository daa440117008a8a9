-- Receipts are numbered right after their fulfilment commits, in a numbering transaction of their own that takes
-- the year's counter once per batch (ReceiptNumbering): concurrent fulfilments no longer queue up behind the
-- counter's row lock. Until then (milliseconds) a receipt has no number; numbers stay unique and gap-free per year.
-- The receipts still waiting are found through the unique index on receipt_number (its nulls).
alter table receipt alter column receipt_number drop not null;
alter table receipt alter column sequence_no drop not null;
