package com.pazpaz.kernel.service;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The price rule of a service (issue 16): no price at all, or an amount of at least 0 with at most two decimals
 * (and at most {@value #MAX_WHOLE_DIGITS} digits before the point, the read column's {@code numeric(12,2)}) in
 * an ISO 4217 currency, three upper-case letters {@link Currency} knows. One home for the rule: the edge names
 * the offending fields from {@link #problems}, the commands refuse what breaks it.
 */
public final class ServicePrice {

    public static final String PRICE = "price";
    public static final String CURRENCY = "currency";
    static final int MAX_WHOLE_DIGITS = 10;

    private ServicePrice() {}

    /** The fields that break the rule, each with why (in the API's field names); empty when the pair is valid. */
    public static Map<String, String> problems(BigDecimal price, String currency) {
        Map<String, String> problems = new LinkedHashMap<>();
        if (price == null && currency != null) {
            problems.put(PRICE, "is required with a currency");
        }
        if (price != null && currency == null) {
            problems.put(CURRENCY, "is required with a price");
        }
        if (price != null
                && (price.signum() < 0
                        || price.stripTrailingZeros().scale() > 2
                        || price.precision() - price.scale() > MAX_WHOLE_DIGITS)) {
            problems.put(
                    PRICE,
                    "must be an amount from 0 with at most 2 decimals and " + MAX_WHOLE_DIGITS
                            + " digits before the point");
        }
        if (currency != null && !isKnownCurrency(currency)) {
            problems.put(CURRENCY, "must be an ISO 4217 currency code of three upper-case letters, such as EUR");
        }
        return problems;
    }

    /** The amount as it is recorded: two decimals, so equal prices are equal values ({@code 40} is 40.00). */
    public static BigDecimal recorded(BigDecimal price) {
        return price == null ? null : price.setScale(2, RoundingMode.UNNECESSARY);
    }

    static void require(BigDecimal price, String currency) {
        Map<String, String> problems = problems(price, currency);
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(problems.keySet().iterator().next() + " "
                    + problems.values().iterator().next());
        }
    }

    private static boolean isKnownCurrency(String code) {
        if (!code.matches("[A-Z]{3}")) {
            return false;
        }
        try {
            Currency.getInstance(code);
            return true;
        } catch (IllegalArgumentException unknown) {
            return false;
        }
    }
}
