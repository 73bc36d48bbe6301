package com.pazpaz.query.search;

import java.util.Set;
import java.util.UUID;

/**
 * What the blind index holds for one record: its words (a client's prefixes, a note's words), in memory only
 * while its tokens are computed. No words: the record has nothing to find (erased, purged, empty).
 */
record IndexedRecord(UUID workspaceId, UUID recordId, SearchKind kind, Set<String> words) {

    /** Never the words. */
    @Override
    public String toString() {
        return "IndexedRecord[" + kind + " " + recordId + "]";
    }
}
