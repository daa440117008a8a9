-- The payer's language chosen by the merchant (en, ru, ka, kk, zh-TW); null: the payer's browser decides.
alter table payment add column locale varchar(8);
