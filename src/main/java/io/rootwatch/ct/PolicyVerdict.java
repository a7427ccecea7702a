package io.rootwatch.ct;

import java.util.Optional;

/**
 * One program's CT verdict ({@code ct.policies.<program>}).
 *
 * @param compliant   true / false, or empty when it cannot be judged (no log list, list too old)
 * @param enforced    whether that browser would enforce CT for this chain: the root is in its program
 *                    and the policy was in force for this certificate at the evaluation time
 * @param reason      one sentence: the rule that was met, or what is missing
 * @param program     the policy's title, e.g. "Chrome CT policy"
 * @param ruleVersion the dated rule version applied (see {@link CtPolicies})
 */
public record PolicyVerdict(Optional<Boolean> compliant, boolean enforced, String reason, String program, String ruleVersion) {
}
