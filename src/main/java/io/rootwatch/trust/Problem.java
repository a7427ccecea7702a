package io.rootwatch.trust;

import io.rootwatch.model.Certificate;
import io.rootwatch.model.FindingId;
import io.rootwatch.model.MozillaVerdict;

/**
 * One problem found on a path: the verdict it implies, the finding it becomes, the certificate it
 * concerns and one sentence naming that certificate and the rule.
 */
record Problem(MozillaVerdict verdict, FindingId finding, Certificate certificate, String sentence) {
}
