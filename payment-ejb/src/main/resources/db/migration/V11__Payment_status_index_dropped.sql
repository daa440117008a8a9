-- No query reads payments by status and update time: the janitor finds its work through payment_check, a merchant's
-- list through payment_app_created. The index only cost every payment update another index entry, and kept an
-- update that changes a payment's status from ever being a HOT update in PostgreSQL.
drop index payment_status_updated;
