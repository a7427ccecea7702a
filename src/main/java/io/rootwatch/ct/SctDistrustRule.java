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

    private static final Instant ENTRUST_AFTER = Instant.parse("2024-11-11T23:59:59Z");
    private static final String ENTRUST_SOURCE = "Chrome Root Program, Entrust distrust announced 2024-06-27 (Chrome 131+): earliest SCT after 2024-11-11 23:59:59 UTC";
    private static final Instant CHT_NETLOCK_AFTER = Instant.parse("2025-07-31T23:59:59Z");
    private static final String CHT_NETLOCK_SOURCE = "Chrome Root Program, Chunghwa Telecom and Netlock distrust announced 2025-05-30 (Chrome 139+): earliest SCT after 2025-07-31 23:59:59 UTC";

    /**
     * Chrome's rules of this kind known to rootwatch, one per root, keyed by the root's SHA-256 because CA
     * owners get renamed in CCADB (the Entrust roots moved to owner Sectigo in 2025). Root names and
     * fingerprints are those of CCADB's Mozilla included-roots report of 2025-03-28.
     */
    public static final List<SctDistrustRule> CHROME = List.of(
            new SctDistrustRule("73c176434f1bc6d5adf45b0e76e727287c8de57616c1e6e6141a2b2cbc7d8e4c", ENTRUST_AFTER, ENTRUST_SOURCE + " [Entrust Root Certification Authority]"),
            new SctDistrustRule("02ed0eb28c14da45165c566791700d6451d7fb56f0b2ab1d3b8eb070e56edff5", ENTRUST_AFTER, ENTRUST_SOURCE + " [Entrust Root Certification Authority - EC1]"),
            new SctDistrustRule("43df5774b03e7fef5fe40d931a7bedf1bb2e6b42738c4e6d3841103d3aa7f339", ENTRUST_AFTER, ENTRUST_SOURCE + " [Entrust Root Certification Authority - G2]"),
            new SctDistrustRule("db3517d1f6732a2d5ab97c533ec70779ee3270a62fb4ac4238372460e6f01e88", ENTRUST_AFTER, ENTRUST_SOURCE + " [Entrust Root Certification Authority - G4]"),
            new SctDistrustRule("6dc47172e01cbcb0bf62580d895fe2b8ac9ad4f873801e0c10b9c837d21eb177", ENTRUST_AFTER, ENTRUST_SOURCE + " [Entrust.net Certification Authority (2048)]"),
            new SctDistrustRule("0376ab1d54c5f9803ce4b2e201a0ee7eef7b57b636e8a93c9b8d4860c96f5fa7", ENTRUST_AFTER, ENTRUST_SOURCE + " [AffirmTrust Commercial]"),
            new SctDistrustRule("0a81ec5a929777f145904af38d5d509f66b5e2c58fcdb531058b0e17f3f0b41b", ENTRUST_AFTER, ENTRUST_SOURCE + " [AffirmTrust Networking]"),
            new SctDistrustRule("70a73f7f376b60074248904534b11482d5bf0e698ecc498df52577ebf2e93b9a", ENTRUST_AFTER, ENTRUST_SOURCE + " [AffirmTrust Premium]"),
            new SctDistrustRule("bd71fdf6da97e4cf62d1647add2581b07d79adf8397eb4ecba9c5e8488821423", ENTRUST_AFTER, ENTRUST_SOURCE + " [AffirmTrust Premium ECC]"),
            new SctDistrustRule("c0a6f4dc63a24bfdcf54ef2a6a082a0a72de35803e2ff5ff527ae5d87206dfd5", CHT_NETLOCK_AFTER, CHT_NETLOCK_SOURCE + " [ePKI Root Certification Authority]"),
            new SctDistrustRule("f015ce3cc239bfef064be9f1d2c417e1a0264a0a94be1f0c8d121864eb6949cc", CHT_NETLOCK_AFTER, CHT_NETLOCK_SOURCE + " [HiPKI Root CA - G1]"),
            new SctDistrustRule("6c61dac3a2def031506be036d2a6fe401994fbd13df9c8d466599274c446ec98", CHT_NETLOCK_AFTER, CHT_NETLOCK_SOURCE + " [NetLock Arany (Class Gold) Főtanúsítvány]"));

    /** True when this rule names {@code caOwner} (case-insensitive) or {@code rootSha256}. */
    public boolean appliesTo(String caOwner, String rootSha256) {
        return caOwnerOrRootSha256.equalsIgnoreCase(caOwner) || caOwnerOrRootSha256.equalsIgnoreCase(rootSha256);
    }
}
