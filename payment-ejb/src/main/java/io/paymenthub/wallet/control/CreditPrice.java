package io.paymenthub.wallet.control;

import io.paymenthub.money.Money;
import io.paymenthub.problem.HubException;
import io.paymenthub.problem.ProblemCode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** What credits cost: {@code PAYMENT_CENTS_PER_CREDIT} minor units of {@code PAYMENT_CREDITS_CURRENCY} each. */
@ApplicationScoped
public class CreditPrice {

    @Inject
    @ConfigProperty(name = "PAYMENT_CENTS_PER_CREDIT", defaultValue = "2")
    long centsPerCredit;

    @Inject
    @ConfigProperty(name = "PAYMENT_CREDITS_CURRENCY", defaultValue = "EUR")
    String currency;

    public CreditPrice() {
    }

    CreditPrice(long centsPerCredit, String currency) {
        this.centsPerCredit = centsPerCredit;
        this.currency = currency;
    }

    /** @throws HubException {@code invalid_amount} when the price overflows */
    public Money of(long credits) {
        try {
            return Money.of(Math.multiplyExact(credits, centsPerCredit), currency);
        } catch (ArithmeticException e) {
            throw new HubException(ProblemCode.INVALID_AMOUNT, "Too many credits");
        }
    }

    public String currency() {
        return currency;
    }
}
