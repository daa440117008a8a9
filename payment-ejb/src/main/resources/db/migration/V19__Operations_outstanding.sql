-- When a capture or a void whose outcome is not known yet was sent: while either is set on an AUTHORIZED
-- payment, no other capture or void is sent; an answer, a webhook or the janitor's poll clears it.
alter table payment add column capture_requested_at timestamp(6) with time zone;
alter table payment add column void_requested_at timestamp(6) with time zone;
