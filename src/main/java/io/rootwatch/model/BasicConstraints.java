package io.rootwatch.model;

import java.util.Optional;

/** The basicConstraints extension as found. Absent extension: {@code Certificate.basicConstraints()} is empty. */
public record BasicConstraints(boolean ca, Optional<Integer> pathLength) {
}
