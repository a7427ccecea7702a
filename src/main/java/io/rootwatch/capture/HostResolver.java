package io.rootwatch.capture;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.List;

/**
 * Turns a host name into addresses to try, in order. Injected so tests never touch real DNS.
 * {@link TlsCapturer} never asks a resolver about IP literals.
 */
@FunctionalInterface
public interface HostResolver {

    /**
     * @return the addresses, in the order to try them; never empty
     * @throws UnknownHostException when the name does not resolve
     */
    List<InetAddress> resolve(String host) throws UnknownHostException;

    /** The operating system's resolver ({@link InetAddress#getAllByName}), in the order it returns. */
    static HostResolver system() {
        return host -> Arrays.asList(InetAddress.getAllByName(host));
    }
}
