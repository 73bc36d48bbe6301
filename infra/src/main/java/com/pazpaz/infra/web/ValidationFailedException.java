package com.pazpaz.infra.web;

import java.util.List;

/** A request failed a check that Bean Validation cannot express (for example an explicit null); answered 422. */
public class ValidationFailedException extends RuntimeException {

    private final transient List<ProblemResponses.FieldProblem> problems;

    public ValidationFailedException(List<ProblemResponses.FieldProblem> problems) {
        super("Validation failed");
        this.problems = List.copyOf(problems);
    }

    public List<ProblemResponses.FieldProblem> problems() {
        return problems;
    }
}
