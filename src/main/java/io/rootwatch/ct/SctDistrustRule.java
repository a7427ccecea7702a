package io.rootwatch.ct;

import java.time.Instant;
import java.util.List;

/**
 * A distrust judged by the earliest SCT rather than notBefore (Chrome's way for Entrust, Chunghwa Telecom
 * and NetLock): leaves chaining to the CA are distrusted when their earliest embedded SCT is dated after
 * {@code distrustAfter}. Which chains a rule covers is the trust layer's business: it matches
 * {@code caOwnerOrRootSha256} against the CCADB CA owner or the root's SHA-256 (lowercase hex).
 */
public record SctDistrustRule(String caOwnerOrRootSha256, Instant distrustAfter, String source) {

    /** Chrome's rules of this kind known to rootwatch, with their announcements. */
    public static final List<SctDistrustRule> CHROME = List.of(
            new SctDistrustRule("Entrust", Instant.parse("2024-11-11T23:59:59Z"),
                    "Chrome Root Program, Entrust distrust announced 2024-06-27 (Chrome 131+): earliest SCT after 2024-11-11 23:59:59 UTC"),
            new SctDistrustRule("Chunghwa Telecom", Instant.parse("2025-07-31T23:59:59Z"),
                    "Chrome Root Program, announced 2025-05-30 (Chrome 139+): earliest SCT after 2025-07-31 23:59:59 UTC"),
            new SctDistrustRule("NETLOCK Ltd.", Instant.parse("2025-07-31T23:59:59Z"),
                    "Chrome Root Program, announced 2025-05-30 (Chrome 139+): earliest SCT after 2025-07-31 23:59:59 UTC"));

    /** True when this rule names {@code caOwner} (case-insensitive) or {@code rootSha256}. */
    public boolean appliesTo(String caOwner, String rootSha256) {
        return caOwnerOrRootSha256.equalsIgnoreCase(caOwner) || caOwnerOrRootSha256.equalsIgnoreCase(rootSha256);
    }
}
