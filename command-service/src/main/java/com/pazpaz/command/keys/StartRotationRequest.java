package com.pazpaz.command.keys;

/**
 * Body of {@code POST /api/v1/admin/key-rotations}.
 *
 * @param newMasterVersion true: the master key provider creates a new current version first (the local key
 *                         file can; a provider managed outside answers 409). Otherwise data keys are re-wrapped
 *                         under the version configuration already made current.
 */
record StartRotationRequest(Boolean newMasterVersion) {

    boolean createsVersion() {
        return Boolean.TRUE.equals(newMasterVersion);
    }
}
