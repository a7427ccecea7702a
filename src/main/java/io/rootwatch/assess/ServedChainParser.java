package io.rootwatch.assess;

import io.rootwatch.model.Der;
import io.rootwatch.x509.CertificateParseException;
import io.rootwatch.x509.CertificateParser;
import java.util.List;
import java.util.Optional;

/** Parses each served DER on its own, so one broken certificate never hides the others. */
final class ServedChainParser {
    private ServedChainParser() {
    }

    static List<ServedCertificate> parse(List<Der> served) {
        return served.stream().map(ServedChainParser::parseOne).toList();
    }

    private static ServedCertificate parseOne(Der der) {
        try {
            return new ServedCertificate(der, Optional.of(CertificateParser.parse(der.bytes())), Optional.empty());
        } catch (CertificateParseException e) {
            return new ServedCertificate(der, Optional.empty(), Optional.of(e.getMessage()));
        }
    }
}
