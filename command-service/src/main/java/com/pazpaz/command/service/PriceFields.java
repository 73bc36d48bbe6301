package com.pazpaz.command.service;

import com.pazpaz.infra.web.ProblemResponses.FieldProblem;
import com.pazpaz.infra.web.ValidationFailedException;
import com.pazpaz.kernel.service.ServicePrice;
import java.math.BigDecimal;
import java.util.List;

/** Refuses a request's price and currency that break {@link ServicePrice}'s rule: 422 naming each field. */
final class PriceFields {

    private PriceFields() {}

    static void require(BigDecimal price, String currency) {
        List<FieldProblem> problems = ServicePrice.problems(price, currency).entrySet().stream()
                .map(problem -> new FieldProblem(problem.getKey(), problem.getValue()))
                .toList();
        if (!problems.isEmpty()) {
            throw new ValidationFailedException(problems);
        }
    }
}
