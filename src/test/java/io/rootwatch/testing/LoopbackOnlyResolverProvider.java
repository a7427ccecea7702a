package io.rootwatch.testing;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.net.spi.InetAddressResolver;
import java.net.spi.InetAddressResolverProvider;
import java.util.stream.Stream;

/**
 * Installed for the whole test JVM (META-INF/services in src/test/resources): no test may reach DNS.
 * {@code localhost} and this machine's own name answer with loopback; every other name fails as an
 * unknown host, so a test that forgets to inject its resolver fails loudly instead of leaving the machine.
 */
public final class LoopbackOnlyResolverProvider extends InetAddressResolverProvider {

    @Override
    public InetAddressResolver get(Configuration configuration) {
        String ownName = configuration.lookupLocalHostName();
        return new InetAddressResolver() {
            @Override
            public Stream<InetAddress> lookupByName(String host, LookupPolicy policy) throws UnknownHostException {
                if ("localhost".equalsIgnoreCase(host) || host.equalsIgnoreCase(ownName)) {
                    return Stream.of(InetAddress.getByAddress(host, new byte[] {127, 0, 0, 1}),
                            InetAddress.getByAddress(host, new byte[] {0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1}));
                }
                throw new UnknownHostException(host + ": tests may not use DNS (inject a HostResolver)");
            }

            @Override
            public String lookupByAddress(byte[] addr) throws UnknownHostException {
                throw new UnknownHostException("tests may not use reverse DNS");
            }
        };
    }

    @Override
    public String name() {
        return "rootwatch loopback-only test resolver";
    }
}
