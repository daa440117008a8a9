-- Merchant events (CONTRACT 2.4, section 7 "events"): each notification is an event a merchant lists, reads and
-- redelivers through /api/v1/events, carrying a per-payment sequence number so that a receiver can order events
-- that arrive out of order.

-- How many status changes a payment has had: counted in the payment's own update (no extra statement on the
-- callback path), it numbers the payment's events.
alter table payment add column status_changes integer default 0 not null;

alter table notification add column sequence integer;
-- A redelivery asked for while an attempt is under way: another attempt follows that one.
alter table notification add column redeliver_requested boolean default false not null;

-- Events written before: numbered in the order they were written, and their payments' counters carried on.
update notification set sequence = (select count(*) from notification m where m.payment_id = notification.payment_id
    and (m.created_at < notification.created_at or (m.created_at = notification.created_at and m.id <= notification.id)));
update payment set status_changes = (select count(*) from notification n where n.payment_id = payment.id)
    where exists (select 1 from notification n where n.payment_id = payment.id);

-- The events list: an app's events newest first, optionally of one delivery state; a payment's events go by
-- notification_payment. The retention purge finds old events by creation.
create index notification_app_created on notification (app_id, created_at, id);
create index notification_app_status_created on notification (app_id, status, created_at, id);
create index notification_created on notification (created_at);
