package io.rootwatch.x509;

import io.rootwatch.model.Der;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.ASN1OctetString;
import org.bouncycastle.asn1.DERBMPString;
import org.bouncycastle.asn1.pkcs.Attribute;
import org.bouncycastle.asn1.pkcs.CertBag;
import org.bouncycastle.asn1.pkcs.ContentInfo;
import org.bouncycastle.asn1.pkcs.MacData;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.crypto.Digest;
import org.bouncycastle.crypto.generators.PKCS12ParametersGenerator;
import org.bouncycastle.crypto.macs.HMac;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.bouncycastle.operator.bc.BcDefaultDigestProvider;
import org.bouncycastle.operator.InputDecryptorProvider;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.pkcs.PKCS12PfxPdu;
import org.bouncycastle.pkcs.PKCS12SafeBag;
import org.bouncycastle.pkcs.PKCS12SafeBagFactory;
import org.bouncycastle.pkcs.bc.BcPKCS12MacCalculatorBuilderProvider;
import org.bouncycastle.pkcs.jcajce.JcePKCSPBEInputDecryptorProviderBuilder;

/**
 * Certificates from a PKCS#12 PFX (RFC 7292), read bag by bag with BouncyCastle's PKCS#12 API rather than
 * {@code KeyStore}: both the JDK and BC keystores silently drop certificate bags that have no key and no
 * Java "trusted" attribute, which is exactly what {@code openssl pkcs12 -export -nokeys} writes. Key bags
 * are looked at only for their attributes (friendlyName, localKeyId); they are never decrypted.
 *
 * <p>Entries: one per key bag (alias = its friendlyName, else hex localKeyId) holding the certificate
 * with the same localKeyId followed by its issuers found in the file; one per other certificate
 * with a friendlyName (a trusted-certificate entry); and the unnamed certificates in no key chain together under
 * the empty alias "" (the caller maps it to "no alias"), in stored order, like a PEM bundle.
 */
final class Pkcs12Content {
    private static final BouncyCastleProvider BC = new BouncyCastleProvider();
    private static final String WRONG_PASSWORD = "Wrong or missing keystore password for ";

    private record Bag(Der der, Optional<String> name, Optional<String> localKeyId) {
    }

    private Pkcs12Content() {
    }

    static Map<String, List<Der>> read(Path file, byte[] bytes, KeystorePassword password)
            throws CertificateFileException {
        char[] chars = switch (password) {
            case KeystorePassword.None none -> new char[0];
            case KeystorePassword.Of of -> of.chars();
        };
        if (chars.length > 0) {
            return read(file, bytes, chars, Decryption.BOUNCY_CASTLE);
        }
        // No password, or an empty one: `openssl pkcs12 -export -passout pass:` and the JDK write keystores
        // with the empty password, which PKCS#12 implementations encode two ways (a lone 0x0000 terminator,
        // or no bytes at all: the "null" password), and BouncyCastle's PBKDF2 refuses an empty password
        // outright. Try each way before calling the password wrong.
        CertificateFileException last = null;
        for (Decryption d : Decryption.values()) {
            try {
                return read(file, bytes, chars, d);
            } catch (CertificateFileException e) {
                if (!e.getMessage().startsWith(WRONG_PASSWORD)) {
                    throw e;
                }
                last = e;
            }
        }
        throw last;
    }

    /** How encrypted bags are decrypted; only the empty password needs more than the first. */
    private enum Decryption {
        BOUNCY_CASTLE,
        /** The other PKCS#12-PBE encoding of the empty password (BouncyCastle's "wrong PKCS#12 zero"). */
        BOUNCY_CASTLE_NULL_PASSWORD,
        /** PBES2 (the modern default) keyed with the empty password, which BouncyCastle's JCE PBKDF2 refuses. */
        EMPTY_PASSWORD_PBES2;

        InputDecryptorProvider provider(char[] chars) throws OperatorCreationException {
            JcePKCSPBEInputDecryptorProviderBuilder b = new JcePKCSPBEInputDecryptorProviderBuilder();
            return switch (this) {
                case BOUNCY_CASTLE -> b.setProvider(BC).build(chars);
                case BOUNCY_CASTLE_NULL_PASSWORD -> b.setProvider(BC).setTryWrongPKCS12Zero(true).build(chars);
                case EMPTY_PASSWORD_PBES2 -> new EmptyPasswordPbes2();
            };
        }
    }

    private static Map<String, List<Der>> read(Path file, byte[] bytes, char[] chars, Decryption decryption)
            throws CertificateFileException {
        List<Bag> certs = new ArrayList<>();
        List<Bag> keys = new ArrayList<>();
        try {
            PKCS12PfxPdu pfx = new PKCS12PfxPdu(bytes);
            if (pfx.hasMac() && !macValid(pfx, chars)) {
                throw wrongPassword(file, null);
            }
            for (ContentInfo ci : pfx.getContentInfos()) {
                PKCS12SafeBagFactory factory;
                if (ci.getContentType().equals(PKCSObjectIdentifiers.encryptedData)) {
                    factory = new PKCS12SafeBagFactory(ci, decryption.provider(chars));
                } else {
                    factory = new PKCS12SafeBagFactory(ci);
                }
                for (PKCS12SafeBag bag : factory.getSafeBags()) {
                    collect(bag, certs, keys);
                }
            }
        } catch (CertificateFileException e) {
            throw e;
        } catch (Exception e) {
            // Decrypting a bag with the wrong password fails deep inside the cipher (bad padding, bad ASN.1).
            if (isDecryptionFailure(e)) {
                throw wrongPassword(file, e);
            }
            throw new CertificateFileException(file, "Keystore " + file + " (PKCS#12) cannot be read: "
                    + e.getMessage() + ".", e);
        }
        return entries(certs, keys);
    }

    private static void collect(PKCS12SafeBag bag, List<Bag> certs, List<Bag> keys) {
        ASN1ObjectIdentifier type = bag.getType();
        if (type.equals(PKCSObjectIdentifiers.certBag)) {
            CertBag cb = CertBag.getInstance(bag.toASN1Structure().getBagValue());
            if (cb.getCertId().equals(PKCSObjectIdentifiers.x509Certificate)) {
                byte[] der = ASN1OctetString.getInstance(cb.getCertValue()).getOctets();
                certs.add(new Bag(Der.of(der), friendlyName(bag), localKeyId(bag)));
            }
        } else if (type.equals(PKCSObjectIdentifiers.keyBag) || type.equals(PKCSObjectIdentifiers.pkcs8ShroudedKeyBag)) {
            keys.add(new Bag(Der.of(new byte[0]), friendlyName(bag), localKeyId(bag)));
        }
    }

    private static Map<String, List<Der>> entries(List<Bag> certs, List<Bag> keys) throws CertificateFileException {
        Map<String, List<Der>> named = new TreeMap<>();
        List<Bag> used = new ArrayList<>();
        for (Bag key : keys) {
            Optional<Bag> leaf = certs.stream()
                    .filter(c -> c.localKeyId().isPresent() && c.localKeyId().equals(key.localKeyId())).findFirst();
            if (leaf.isEmpty()) {
                continue;
            }
            List<Bag> chain = IssuerChain.build(leaf.get(), certs, Bag::der);
            used.addAll(chain);
            String alias = key.name().or(() -> leaf.get().name()).or(key::localKeyId).orElse("key");
            named.put(unique(named, alias), chain.stream().map(Bag::der).toList());
        }
        List<Der> unnamed = new ArrayList<>();
        Set<Der> inChains = new HashSet<>();
        used.forEach(b -> inChains.add(b.der()));
        for (Bag c : certs) {
            if (used.contains(c)) {
                continue;
            }
            if (c.name().isPresent()) {
                // A named certificate is an entry of its own (a trusted-certificate entry) even when it also
                // appears in a key entry's chain.
                named.put(unique(named, c.name().get()), List.of(c.der()));
            } else if (!inChains.contains(c.der())) {
                unnamed.add(c.der());
            }
        }
        Map<String, List<Der>> out = new LinkedHashMap<>();
        if (!unnamed.isEmpty()) {
            out.put("", unnamed);
        }
        out.putAll(named);
        return out;
    }

    private static String unique(Map<String, ?> taken, String alias) {
        String candidate = alias;
        for (int i = 2; taken.containsKey(candidate); i++) {
            candidate = alias + "-" + i;
        }
        return candidate;
    }

    private static boolean macValid(PKCS12PfxPdu pfx, char[] chars) {
        try {
            if (chars.length == 0) {
                // BouncyCastle encodes an empty password as no bytes; OpenSSL and the JDK MAC with the
                // terminator alone. Either proves the file was written without a password.
                return emptyPasswordMacValid(pfx, new byte[2]) || emptyPasswordMacValid(pfx, new byte[0]);
            }
            return pfx.isMacValid(new BcPKCS12MacCalculatorBuilderProvider(BcDefaultDigestProvider.INSTANCE), chars);
        } catch (Exception e) {
            // A MAC algorithm BC cannot compute (e.g. a newer PBMAC1 profile): decryption still proves the password.
            return true;
        }
    }

    /** RFC 7292 appendix B MAC over the authSafe with the password given as its BMPString bytes. */
    private static boolean emptyPasswordMacValid(PKCS12PfxPdu pfx, byte[] passwordBytes) throws Exception {
        MacData mac = pfx.toASN1Structure().getMacData();
        Digest digest = BcDefaultDigestProvider.INSTANCE.get(mac.getMac().getAlgorithmId());
        PKCS12ParametersGenerator generator = new PKCS12ParametersGenerator(digest);
        generator.init(passwordBytes, mac.getSalt(), mac.getIterationCount().intValueExact());
        HMac hmac = new HMac(digest);
        hmac.init(generator.generateDerivedMacParameters(digest.getDigestSize() * 8));
        byte[] content = ASN1OctetString.getInstance(pfx.toASN1Structure().getAuthSafe().getContent()).getOctets();
        hmac.update(content, 0, content.length);
        byte[] computed = new byte[hmac.getMacSize()];
        hmac.doFinal(computed, 0);
        return MessageDigest.isEqual(computed, mac.getMac().getDigest());
    }

    private static boolean isDecryptionFailure(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String n = t.getClass().getName();
            if (n.contains("BadPadding") || n.contains("InvalidCipherText") || n.contains("IllegalBlockSize")
                    || n.contains("PKCSException")) {
                return true;
            }
        }
        return false;
    }

    private static Optional<String> friendlyName(PKCS12SafeBag bag) {
        for (Attribute a : attributes(bag)) {
            if (a.getAttrType().equals(PKCSObjectIdentifiers.pkcs_9_at_friendlyName) && a.getAttrValues().size() > 0) {
                return Optional.of(DERBMPString.getInstance(a.getAttrValues().getObjectAt(0)).getString());
            }
        }
        return Optional.empty();
    }

    private static Optional<String> localKeyId(PKCS12SafeBag bag) {
        for (Attribute a : attributes(bag)) {
            if (a.getAttrType().equals(PKCSObjectIdentifiers.pkcs_9_at_localKeyId) && a.getAttrValues().size() > 0) {
                return Optional.of(HexFormat.of().formatHex(
                        ASN1OctetString.getInstance(a.getAttrValues().getObjectAt(0)).getOctets()));
            }
        }
        return Optional.empty();
    }

    private static Attribute[] attributes(PKCS12SafeBag bag) {
        Attribute[] a = bag.getAttributes();
        return a == null ? new Attribute[0] : a;
    }

    private static CertificateFileException wrongPassword(Path file, Exception cause) {
        return new CertificateFileException(file, WRONG_PASSWORD + file + ".", cause);
    }
}
