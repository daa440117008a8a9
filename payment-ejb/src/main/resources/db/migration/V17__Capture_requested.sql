-- What the merchant asked to capture, stored before the gateway is called: a report of the capture that comes
-- before the capture's own answer (or instead of it, after a timeout) records this much, not the whole
-- authorization. Null when no capture was asked for.
alter table payment add column capture_requested_minor bigint;
