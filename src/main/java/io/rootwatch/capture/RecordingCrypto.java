package io.rootwatch.capture;

import org.bouncycastle.tls.crypto.TlsCertificate;
import org.bouncycastle.tls.crypto.impl.bc.BcTlsCrypto;

import java.io.IOException;
import java.security.SecureRandom;

/**
 * BouncyCastle crypto that hands every certificate encoding to the recorder before parsing it.
 *
 * <p>Why here and not only in {@code notifyServerCertificate}: BC parses the Certificate message by calling
 * {@code createCertificate} once per entry, in wire order. Tapping it gives the bytes exactly as sent
 * (BC's own {@code getEncoded()} re-encodes), and still records them when BC rejects the chain before it
 * would notify us (leaf key type not matching the key exchange, must-staple without a staple, an entry that
 * does not parse). One instance per handshake.
 */
final class RecordingCrypto extends BcTlsCrypto {
    private final HandshakeRecorder recorder;

    RecordingCrypto(SecureRandom random, HandshakeRecorder recorder) {
        super(random);
        this.recorder = recorder;
    }

    @Override
    public TlsCertificate createCertificate(short type, byte[] encoding) throws IOException {
        recorder.servedCertificate(encoding);
        return super.createCertificate(type, encoding);
    }
}
