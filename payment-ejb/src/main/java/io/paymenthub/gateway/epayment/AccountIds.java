package io.paymenthub.gateway.epayment;

/**
 * The {@code accountId} under which epayment.kz keeps a customer's saved cards, one per app and customer: the
 * merchant's customer id alone would let two apps on one terminal (and a payer who edits the widget's options
 * to another's guessable id) offer each other's customers' cards. An HMAC under the client secret (128 bits, hex)
 * is scoped to the app and cannot be guessed; the app id is length-prefixed, so no two pairs share a message.
 */
final class AccountIds {

    private static final int HEX_LENGTH = 32;
    private final Hmac hmac;

    AccountIds(String clientSecret) {
        this.hmac = new Hmac(clientSecret);
    }

    String of(String appId, String customerId) {
        return hmac.hex("epayment-account:" + appId.length() + ":" + appId + ":" + customerId).substring(0, HEX_LENGTH);
    }
}
