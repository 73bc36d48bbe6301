package com.pazpaz.command.keys;

import com.pazpaz.infra.crypto.KeyRotation;
import com.pazpaz.infra.crypto.KeyRotationStatus;
import com.pazpaz.infra.security.Actor;
import com.pazpaz.kernel.common.BusinessRuleViolation;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Master-key rotation for the platform administrator. Its status is answered here rather than by query-service
 * because it is the state of this service's background job and of the key vault, not a read model.
 */
@RestController
class KeyRotationController {

    private final KeyRotation rotation;

    KeyRotationController(KeyRotation rotation) {
        this.rotation = rotation;
    }

    /** Starts re-wrapping every data key under the current master version; answers at once (202). */
    @PostMapping("/api/v1/admin/key-rotations")
    ResponseEntity<KeyRotationStatus> start(Actor actor, @RequestBody(required = false) StartRotationRequest request) {
        requirePlatformAdmin(actor);
        try {
            KeyRotationStatus status = rotation.start(request != null && request.createsVersion());
            return ResponseEntity.status(HttpStatus.ACCEPTED).body(status);
        } catch (UnsupportedOperationException e) {
            throw new BusinessRuleViolation(BusinessRuleViolation.Kind.CONFLICT, e.getMessage());
        }
    }

    @GetMapping("/api/v1/admin/key-rotations/current")
    KeyRotationStatus status(Actor actor) {
        requirePlatformAdmin(actor);
        return rotation.status();
    }

    /** Forgets a master version once no live data key is wrapped under it (409 otherwise). */
    @DeleteMapping("/api/v1/admin/master-keys/{version}")
    KeyRotationStatus retire(Actor actor, @PathVariable int version) {
        requirePlatformAdmin(actor);
        boolean retired;
        try {
            retired = rotation.retire(version);
        } catch (IllegalStateException e) {
            throw new BusinessRuleViolation(BusinessRuleViolation.Kind.CONFLICT, e.getMessage());
        }
        if (!retired) {
            throw new BusinessRuleViolation(
                    BusinessRuleViolation.Kind.CONFLICT,
                    "Master keys come from configuration here: remove version " + version + " from it instead");
        }
        return rotation.status();
    }

    private static void requirePlatformAdmin(Actor actor) {
        if (!actor.isPlatformAdmin()) {
            throw new AccessDeniedException("Only a platform administrator rotates keys");
        }
    }
}
