package com.pazpaz.infra.messaging;

import java.util.Map;

/** Supplies the metadata of the request being served on this thread (empty outside a request). */
public interface RequestMetadataSource {

    Map<String, String> currentRequestMetadata();
}
