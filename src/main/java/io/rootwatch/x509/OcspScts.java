package io.rootwatch.x509;

import io.rootwatch.model.Der;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.ASN1OctetString;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.cert.ocsp.BasicOCSPResp;
import org.bouncycastle.cert.ocsp.OCSPResp;
import org.bouncycastle.cert.ocsp.SingleResp;

/**
 * Pulls the SignedCertificateTimestampList out of a stapled OCSP response: the single-response extension
 * 1.3.6.1.4.1.11129.2.4.5 (RFC 6962 §3.3). Parsing only; the OCSP signature and freshness are not checked
 * here. Thread-safe.
 */
public final class OcspScts {
    private static final ASN1ObjectIdentifier OCSP_SCT_LIST = new ASN1ObjectIdentifier("1.3.6.1.4.1.11129.2.4.5");

    /**
     * One single response carrying SCTs.
     *
     * @param serialHex hex of the CertID serial's content octets (the Certificate.serialHex convention)
     * @param sctList   the TLS-encoded SignedCertificateTimestampList
     */
    public record Entry(String serialHex, Der sctList) {
    }

    /** The entries found, or why the response could not be read (then {@code entries} is empty). */
    public record Result(List<Entry> entries, Optional<String> problem) {
        public Result {
            entries = List.copyOf(entries);
        }
    }

    private OcspScts() {
    }

    public static Result extract(Der ocspResponse) {
        try {
            OCSPResp resp = new OCSPResp(ocspResponse.bytes());
            if (resp.getStatus() != OCSPResp.SUCCESSFUL) {
                return new Result(List.of(), Optional.of("OCSP response status is " + resp.getStatus() + ", not successful"));
            }
            if (!(resp.getResponseObject() instanceof BasicOCSPResp basic)) {
                return new Result(List.of(), Optional.of("OCSP response is not a basic OCSP response"));
            }
            List<Entry> out = new ArrayList<>();
            for (SingleResp single : basic.getResponses()) {
                Extension ext = single.getExtension(OCSP_SCT_LIST);
                if (ext == null) {
                    continue;
                }
                // Content octets as encoded, so a non-minimal serial still matches Certificate.serialHex.
                byte[] serial = DerSlicer.content(single.getCertID().toASN1Primitive().getSerialNumber().getEncoded("DER"));
                out.add(new Entry(HexFormat.of().formatHex(serial), Der.of(unwrap(ext.getExtnValue().getOctets()))));
            }
            return new Result(out, Optional.empty());
        } catch (Exception e) {
            return new Result(List.of(), Optional.of("stapled OCSP response does not parse: " + e.getMessage()));
        }
    }

    /** The extension value is an OCTET STRING holding the list, like the certificate extension; accept it bare too. */
    private static byte[] unwrap(byte[] value) {
        if (value.length > 0 && value[0] == 0x04) {
            try {
                return ASN1OctetString.getInstance(ASN1Primitive.fromByteArray(value)).getOctets();
            } catch (Exception e) {
                return value;
            }
        }
        return value;
    }
}
