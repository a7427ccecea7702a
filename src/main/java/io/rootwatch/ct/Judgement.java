package io.rootwatch.ct;

import java.util.List;

/** A program's rule outcome before list choice and staleness are folded in. */
record Judgement(boolean compliant, String reason, List<String> flagged) {
}
