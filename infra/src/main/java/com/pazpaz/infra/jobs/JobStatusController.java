package com.pazpaz.infra.jobs;

import com.pazpaz.infra.security.Actor;
import java.util.List;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/v1/admin/jobs}: the recent long-job runs of this service, for platform administrators. */
@RestController
class JobStatusController {

    private final Jobs jobs;

    JobStatusController(Jobs jobs) {
        this.jobs = jobs;
    }

    @GetMapping("/api/v1/admin/jobs")
    JobList list(Actor actor) {
        if (!actor.isPlatformAdmin()) {
            throw new AccessDeniedException("Only a platform administrator sees the jobs");
        }
        return new JobList(jobs.recent());
    }

    /** The runs, newest first. */
    record JobList(List<JobStatus> items) {}
}
