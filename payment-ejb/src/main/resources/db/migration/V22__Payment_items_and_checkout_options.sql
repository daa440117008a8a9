-- What a payment pays for, line by line (a JSON array), and how the merchant wants the gateway's page (a JSON
-- object): both optional, both read by the gateways that show a basket or take such choices (BOG).
alter table payment add column line_items varchar(20000);
alter table payment add column checkout_options varchar(2000);
