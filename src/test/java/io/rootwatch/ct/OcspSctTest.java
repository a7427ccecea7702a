package io.rootwatch.ct;

import static io.rootwatch.ct.CtTestKit.SctSpec;
import static org.assertj.core.api.Assertions.assertThat;

import io.rootwatch.model.Certificate;
import io.rootwatch.model.Der;
import io.rootwatch.refdata.ctlogs.LogList;
import io.rootwatch.refdata.ctlogs.Program;
import io.rootwatch.x509.OcspScts;
import java.math.BigInteger;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.DEROctetString;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.Extensions;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.ocsp.BasicOCSPRespBuilder;
import org.bouncycastle.cert.ocsp.CertificateID;
import org.bouncycastle.cert.ocsp.CertificateStatus;
import org.bouncycastle.cert.ocsp.OCSPResp;
import org.bouncycastle.cert.ocsp.OCSPRespBuilder;
import org.bouncycastle.cert.ocsp.RespID;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;
import org.junit.jupiter.api.Test;

/** SCTs stapled in OCSP (single-response extension 1.3.6.1.4.1.11129.2.4.5), and Chrome 148's cut-off. */
class OcspSctTest {
    static final CtTestKit.Ca CA = CtPolicyBranchTest.CA;

    static Der ocsp(Certificate leaf, BigInteger serial, Der sctList) throws Exception {
        var digests = new JcaDigestCalculatorProviderBuilder().build();
        var id = new CertificateID(digests.get(CertificateID.HASH_SHA1), new X509CertificateHolder(CA.cert().der().bytes()), serial);
        var ext = new Extension(new ASN1ObjectIdentifier("1.3.6.1.4.1.11129.2.4.5"), false,
                new DEROctetString(new DEROctetString(sctList.bytes()).getEncoded()));
        var b = new BasicOCSPRespBuilder(new RespID(new X509CertificateHolder(CA.cert().der().bytes()).getSubject()));
        b.addResponse(id, CertificateStatus.GOOD, Date.from(Instant.parse("2026-03-01T00:00:00Z")), null, new Extensions(ext));
        var basic = b.build(new JcaContentSignerBuilder("SHA256withECDSA").build(CA.keys().getPrivate()), null,
                Date.from(Instant.parse("2026-03-01T00:00:00Z")));
        return Der.of(new OCSPRespBuilder().build(OCSPResp.SUCCESSFUL, basic).getEncoded());
    }

    @Test
    void stapledOcspScts_areFoundVerified_andCountForChromeOnlyBeforeChrome148() throws Exception {
        String nb = "2026-03-01T00:00:00Z";
        Certificate leaf = CtTestKit.leaf(CA, nb, "2026-05-30T00:00:00Z");
        var a1 = CtPolicyBranchTest.A1;
        var b1 = CtPolicyBranchTest.B1;
        Der list = CtTestKit.serverList(leaf, SctSpec.of(a1, nb), SctSpec.of(b1, nb));
        Der response = ocsp(leaf, BigInteger.valueOf(4242), list);

        OcspScts.Result r = OcspScts.extract(response);
        assertThat(r.problem()).isEmpty();
        assertThat(r.entries()).singleElement().satisfies(e -> {
            assertThat(e.serialHex()).isEqualTo("1092");
            assertThat(e.sctList()).isEqualTo(list);
        });

        LogList logs = CtTestKit.list("2026-04-01T00:00:00Z", a1, b1);
        CtInput input = new CtInput(leaf, Optional.of(CA.cert()), List.of(), Optional.of(response), Set.of(Program.CHROME));
        CtLogLists lists = new CtLogLists(Optional.empty(), Optional.of(logs), Optional.empty());
        CtAssessment before = CtEvaluator.evaluate(input, lists, Instant.parse("2026-05-04T23:59:59Z"));
        assertThat(before.scts()).extracting(SctObservation::channel, SctObservation::signature).containsOnly(
                org.assertj.core.groups.Tuple.tuple(SctChannel.OCSP, SctSignatureStatus.VALID));
        assertThat(before.policies().get(Program.CHROME).compliant()).contains(true);
        assertThat(before.policies().get(Program.CHROME).ruleVersion()).isEqualTo("chrome-2026-04-16");

        CtAssessment after = CtEvaluator.evaluate(input, lists, Instant.parse("2026-05-05T00:00:00Z"));
        assertThat(after.policies().get(Program.CHROME).compliant()).contains(false);
        assertThat(after.policies().get(Program.CHROME).ruleVersion()).isEqualTo("chrome-148");
        assertThat(after.policies().get(Program.CHROME).reason()).contains("OCSP-delivered SCTs do not count from Chrome 148");
        assertThat(after.policies().get(Program.MOZILLA).compliant()).contains(true);
        assertThat(after.policies().get(Program.APPLE).compliant()).contains(true);
    }

    @Test
    void ocspResponseForAnotherSerial_contributesNothing() throws Exception {
        Certificate leaf = CtTestKit.leaf(CA, "2026-03-01T00:00:00Z", "2026-05-30T00:00:00Z");
        Der response = ocsp(leaf, BigInteger.valueOf(7), CtTestKit.serverList(leaf, SctSpec.of(CtPolicyBranchTest.A1, "2026-03-01T00:00:00Z")));
        CtAssessment a = CtEvaluator.evaluate(new CtInput(leaf, Optional.of(CA.cert()), List.of(), Optional.of(response), Set.of()),
                CtLogLists.none(), Instant.parse("2026-04-01T00:00:00Z"));
        assertThat(a.scts()).isEmpty();
    }

    @Test
    void garbageOcspResponse_isAProblemValue() {
        OcspScts.Result r = OcspScts.extract(Der.of(new byte[] {0x30, 0x03, 0x0a, 0x01, 0x00}));
        assertThat(r.entries()).isEmpty();
        assertThat(r.problem()).isPresent();
        assertThat(OcspScts.extract(Der.of(new byte[] {1, 2, 3})).problem()).get().asString().startsWith("stapled OCSP response does not parse");
    }
}
