package com.pazpaz.query.search;

import com.pazpaz.infra.jobs.JobStatus;
import com.pazpaz.infra.security.Actor;
import com.pazpaz.kernel.common.RecordNotFoundException;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The practice owner rotates the practice's search key and follows the rebuild of its tokens
 * ({@code state}, {@code done}, {@code total}, rate and estimate, as every job reports them).
 */
@RestController
@RequestMapping("/api/v1/search-key/rotation")
class SearchKeyController {

    private final SearchKeyRotation rotation;

    SearchKeyController(SearchKeyRotation rotation) {
        this.rotation = rotation;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.ACCEPTED)
    JobStatus start(Actor actor) {
        return rotation.start(actor.requireOwner().value());
    }

    @GetMapping
    JobStatus status(Actor actor) {
        JobStatus status = rotation.status(actor.requireOwner().value());
        if (status == null) {
            throw new RecordNotFoundException();
        }
        return status;
    }
}
