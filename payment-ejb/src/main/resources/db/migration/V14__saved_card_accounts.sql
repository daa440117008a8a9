-- The account a gateway keeps a saved card under (epayment.kz: accountId), since accounts are scoped to the app.
-- Cards saved before were kept under the merchant's customer id: null here, and still charged under it.
alter table saved_card add column gateway_account_id varchar(200);
