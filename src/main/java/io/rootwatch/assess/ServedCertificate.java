package io.rootwatch.assess;

import io.rootwatch.model.Certificate;
import io.rootwatch.model.Der;
import java.util.Optional;

/**
 * One certificate as served (or read), with its parsed view when it parses and the reason when it
 * does not. Unparseable certificates stay in the chain: the report lists what was actually sent.
 */
public record ServedCertificate(Der der, Optional<Certificate> parsed, Optional<String> parseError) {
    public String sha256() {
        return parsed.map(Certificate::sha256).orElseGet(der::sha256Hex);
    }
}
