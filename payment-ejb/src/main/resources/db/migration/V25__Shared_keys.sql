-- Keys every node of the hub must hold alike (the dummy gateway's callback signature, the tokens the hub issues to
-- BOG): made at random by the first node that needs one, then read by all. Base64 text, 32 bytes.
create table shared_key (
    name       varchar(64) primary key,
    secret     varchar(64) not null,
    created_at timestamp(6) with time zone not null
);
