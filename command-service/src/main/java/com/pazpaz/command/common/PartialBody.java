package com.pazpaz.command.common;

import com.pazpaz.infra.web.ProblemResponses.FieldProblem;
import com.pazpaz.infra.web.ValidationFailedException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * Base of a partial-update body (PUT): remembers which JSON fields were sent, so that "absent" (leave alone)
 * and "sent as null" (clear, or 422 for a field that cannot be cleared) stay distinguishable.
 */
public abstract class PartialBody {

    private final Set<String> sent = new HashSet<>();

    /** Records that a field was present in the body; setters call it. */
    protected final void mark(String field) {
        sent.add(field);
    }

    public boolean sent(String field) {
        return sent.contains(field);
    }

    /**
     * Refuses (422) fields that were sent as null but may not be cleared (the reference answered them 500).
     *
     * @param valueOf the body's value of a field by its JSON name
     */
    protected void requireNotNull(List<String> fields, Function<String, Object> valueOf) {
        List<FieldProblem> problems = new ArrayList<>();
        for (String field : fields) {
            if (sent(field) && valueOf.apply(field) == null) {
                problems.add(new FieldProblem(field, "may not be null"));
            }
        }
        if (!problems.isEmpty()) {
            throw new ValidationFailedException(problems);
        }
    }
}
