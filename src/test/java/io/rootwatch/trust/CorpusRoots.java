package io.rootwatch.trust;

import io.rootwatch.model.Certificate;
import io.rootwatch.refdata.RootStatus;
import io.rootwatch.refdata.StoreRoot;
import io.rootwatch.refdata.TrustBit;
import io.rootwatch.testing.Corpus;
import io.rootwatch.x509.CertificateParser;
import io.rootwatch.x509.Pem;
import java.nio.file.Files;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Store roots from the atc0005 PEM bundles in the corpus (roots/). Each block carries comment lines
 * ({@code # Subject:}, {@code # Owner:}, {@code # Trust Bits: [Email Websites]},
 * {@code # Distrust for TLS After Date: 2025.04.15}) that become the StoreRoot's fields. Test-only: the
 * real store comes from CCADB CSVs (refdata package).
 */
final class CorpusRoots {
    static final String INCLUDED = "roots/atc0005_IncludedCACertificates.pem";
    static final String REMOVED = "roots/atc0005_RemovedCACertificates.pem";

    private CorpusRoots() {
    }

    static List<StoreRoot> read(String relative, RootStatus status) {
        try {
            String text = Files.readString(Corpus.path(relative));
            List<StoreRoot> out = new ArrayList<>();
            for (String chunk : text.split("-----END CERTIFICATE-----")) {
                if (!chunk.contains("-----BEGIN CERTIFICATE-----")) {
                    continue;
                }
                Certificate c = CertificateParser.parse(Pem.certificates(chunk + "-----END CERTIFICATE-----").get(0));
                out.add(new StoreRoot(c, comment(chunk, "Subject").orElse(c.subject().rfc4514()), comment(chunk, "Owner"),
                        status, trustBits(comment(chunk, "Trust Bits").orElse("")),
                        comment(chunk, "Distrust for TLS After Date")
                                .map(d -> LocalDate.parse(d, DateTimeFormatter.ofPattern("yyyy.MM.dd"))),
                        Optional.empty(), Optional.empty(), Optional.empty()));
            }
            return out;
        } catch (Exception e) {
            throw new IllegalStateException(relative + ": " + e.getMessage(), e);
        }
    }

    /** The same roots, each trusted for websites: what {@code openssl verify -CAfile bundle} assumes. */
    static List<StoreRoot> withWebsitesTrust(List<StoreRoot> roots) {
        return roots.stream().map(r -> {
            Set<TrustBit> bits = EnumSet.of(TrustBit.WEBSITES);
            bits.addAll(r.trustBits());
            return new StoreRoot(r.certificate(), r.name(), r.caOwner(), r.status(), bits, r.distrustForTlsAfter(),
                    r.mozillaAppliedConstraints(), r.removal(), r.latestAuditPeriodEnd());
        }).toList();
    }

    private static Optional<String> comment(String chunk, String key) {
        return chunk.lines().filter(l -> l.startsWith("# " + key + ":"))
                .map(l -> l.substring(key.length() + 3).trim()).findFirst();
    }

    private static Set<TrustBit> trustBits(String bracketed) {
        Set<TrustBit> bits = EnumSet.noneOf(TrustBit.class);
        if (bracketed.contains("Websites")) {
            bits.add(TrustBit.WEBSITES);
        }
        if (bracketed.contains("Email")) {
            bits.add(TrustBit.EMAIL);
        }
        return bits;
    }
}
