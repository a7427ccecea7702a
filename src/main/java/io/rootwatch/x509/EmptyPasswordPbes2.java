package io.rootwatch.x509;

import java.io.InputStream;
import javax.crypto.Cipher;
import javax.crypto.CipherInputStream;
import javax.crypto.spec.IvParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.bouncycastle.asn1.ASN1OctetString;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.EncryptionScheme;
import org.bouncycastle.asn1.pkcs.KeyDerivationFunc;
import org.bouncycastle.asn1.pkcs.PBES2Parameters;
import org.bouncycastle.asn1.pkcs.PBKDF2Params;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.crypto.Digest;
import org.bouncycastle.crypto.generators.PKCS5S2ParametersGenerator;
import org.bouncycastle.crypto.params.KeyParameter;
import org.bouncycastle.operator.InputDecryptor;
import org.bouncycastle.operator.InputDecryptorProvider;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.bc.BcDefaultDigestProvider;

/**
 * Decrypts PBES2 (PBKDF2 + AES-CBC, what OpenSSL 3 and the JDK write by default) with the empty password.
 * BouncyCastle's JCE PBKDF2 refuses an empty password ("password empty"), yet {@code openssl pkcs12 -export
 * -passout pass:} writes exactly that; the lightweight PBKDF2 generator takes it, so the key is derived here.
 */
final class EmptyPasswordPbes2 implements InputDecryptorProvider {
    @Override
    public InputDecryptor get(AlgorithmIdentifier algorithm) throws OperatorCreationException {
        if (!algorithm.getAlgorithm().equals(PKCSObjectIdentifiers.id_PBES2)) {
            throw new OperatorCreationException("not PBES2: " + algorithm.getAlgorithm());
        }
        PBES2Parameters pbes2 = PBES2Parameters.getInstance(algorithm.getParameters());
        KeyDerivationFunc kdf = pbes2.getKeyDerivationFunc();
        EncryptionScheme scheme = pbes2.getEncryptionScheme();
        if (!kdf.getAlgorithm().equals(PKCSObjectIdentifiers.id_PBKDF2)) {
            throw new OperatorCreationException("PBES2 key derivation is not PBKDF2: " + kdf.getAlgorithm());
        }
        int keyBytes = aesKeyBytes(scheme);
        PBKDF2Params p = PBKDF2Params.getInstance(kdf.getParameters());
        Digest prf = BcDefaultDigestProvider.INSTANCE.get(new AlgorithmIdentifier(digestOf(p.getPrf())));
        PKCS5S2ParametersGenerator generator = new PKCS5S2ParametersGenerator(prf);
        generator.init(new byte[0], p.getSalt(), p.getIterationCount().intValueExact());
        byte[] key = ((KeyParameter) generator.generateDerivedParameters(keyBytes * 8)).getKey();
        byte[] iv = ASN1OctetString.getInstance(scheme.getParameters()).getOctets();
        try {
            Cipher cipher = Cipher.getInstance("AES/CBC/PKCS5Padding");
            cipher.init(Cipher.DECRYPT_MODE, new SecretKeySpec(key, "AES"), new IvParameterSpec(iv));
            return new InputDecryptor() {
                @Override
                public AlgorithmIdentifier getAlgorithmIdentifier() {
                    return algorithm;
                }

                @Override
                public InputStream getInputStream(InputStream encrypted) {
                    return new CipherInputStream(encrypted, cipher);
                }
            };
        } catch (java.security.GeneralSecurityException e) {
            throw new OperatorCreationException("AES-CBC unavailable: " + e.getMessage(), e);
        }
    }

    private static int aesKeyBytes(EncryptionScheme scheme) throws OperatorCreationException {
        var oid = scheme.getAlgorithm();
        if (oid.equals(NISTObjectIdentifiers.id_aes128_CBC)) {
            return 16;
        }
        if (oid.equals(NISTObjectIdentifiers.id_aes192_CBC)) {
            return 24;
        }
        if (oid.equals(NISTObjectIdentifiers.id_aes256_CBC)) {
            return 32;
        }
        throw new OperatorCreationException("PBES2 cipher is not AES-CBC: " + oid);
    }

    /** PBKDF2's PRF is an HMAC; the digest provider wants the hash it is built on. */
    private static org.bouncycastle.asn1.ASN1ObjectIdentifier digestOf(AlgorithmIdentifier prf) throws OperatorCreationException {
        var oid = prf.getAlgorithm();
        if (oid.equals(PKCSObjectIdentifiers.id_hmacWithSHA256)) {
            return NISTObjectIdentifiers.id_sha256;
        }
        if (oid.equals(PKCSObjectIdentifiers.id_hmacWithSHA1)) {
            return org.bouncycastle.asn1.oiw.OIWObjectIdentifiers.idSHA1;
        }
        if (oid.equals(PKCSObjectIdentifiers.id_hmacWithSHA384)) {
            return NISTObjectIdentifiers.id_sha384;
        }
        if (oid.equals(PKCSObjectIdentifiers.id_hmacWithSHA512)) {
            return NISTObjectIdentifiers.id_sha512;
        }
        throw new OperatorCreationException("unsupported PBKDF2 PRF " + oid);
    }
}
