package com.pazpaz.query.session;

import jakarta.persistence.criteria.Predicate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.domain.Specification;

/** The filters of the note list (behaviour.md §1.8 S3), always within the caller's workspace. */
record SessionFilter(UUID workspaceId, UUID clientId, UUID appointmentId, Boolean isDraft, boolean includeDeleted) {

    Specification<SessionRow> specification() {
        return (root, query, cb) -> {
            List<Predicate> predicates = new ArrayList<>();
            predicates.add(cb.equal(root.get("workspaceId"), workspaceId));
            if (clientId != null) {
                predicates.add(cb.equal(root.get("clientId"), clientId));
            }
            if (appointmentId != null) {
                predicates.add(cb.equal(root.get("appointmentId"), appointmentId));
            }
            if (isDraft != null) {
                predicates.add(cb.equal(root.get("isDraft"), isDraft));
            }
            if (!includeDeleted) {
                predicates.add(cb.isNull(root.get("deletedAt")));
            }
            return cb.and(predicates.toArray(Predicate[]::new));
        };
    }
}
