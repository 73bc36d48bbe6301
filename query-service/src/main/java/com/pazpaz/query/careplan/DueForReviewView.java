package com.pazpaz.query.careplan;

import java.time.LocalDate;
import java.util.UUID;

/** An active plan whose review date has come, for a practice dashboard; no PHI, so nothing to decrypt. */
record DueForReviewView(UUID id, UUID clientId, LocalDate reviewDate, int revisionCount) {}
