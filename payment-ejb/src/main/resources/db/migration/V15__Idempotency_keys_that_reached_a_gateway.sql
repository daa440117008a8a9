-- The hub operation (e.g. "refund:re_…") that an idempotency key's request committed to send to a gateway. Set in
-- the transaction that reserves the operation, before the gateway is called: from then on the key is never
-- released — a retry replays the request's answer, or gets 409 until the operation is settled.
alter table idempotency_record add column operation varchar(60);
