-- A payment's creation is recorded by its own row (id, created_at, created through the API): its history begins
-- with an entry made from the payment when it is read, and no creation event is stored any more (one row fewer for
-- every payment). The creation events stored before said the same as their payments: they go, so that no history
-- shows its creation twice. Only a creation comes from no status.
delete from payment_event where from_status is null;
