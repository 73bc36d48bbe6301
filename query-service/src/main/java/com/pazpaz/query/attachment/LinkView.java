package com.pazpaz.query.attachment;

/** A download link and how long it works (R-ATT-5). */
record LinkView(String downloadUrl, long expiresInSeconds) {}
