package io.rootwatch.model;

import java.util.Map;

/** Something to capture certificates from: a network endpoint or a file. */
public sealed interface Target permits Endpoint, FileSource {
    /** The target as the report names it: {@code host:port}, {@code smtp://host:25}, {@code path[#alias]}. */
    String display();

    /** Free-form tags from the targets file, e.g. {@code criticality=public-https}; empty when none. */
    Map<String, String> tags();
}
