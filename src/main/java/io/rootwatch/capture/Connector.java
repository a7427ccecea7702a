package io.rootwatch.capture;

import io.rootwatch.model.CaptureError;
import io.rootwatch.model.CaptureError.Kind;
import io.rootwatch.model.Endpoint;

import java.io.IOException;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NoRouteToHostException;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.StringJoiner;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Pattern;

/** Resolves an endpoint's host and opens a TCP connection to the first address that accepts. */
final class Connector {
    /** At most this many addresses are tried per target, however many the resolver returns. */
    static final int MAX_ADDRESSES = 8;
    private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");

    private final HostResolver resolver;
    private final Duration connectTimeout;

    Connector(HostResolver resolver, Duration connectTimeout) {
        this.resolver = resolver;
        this.connectTimeout = connectTimeout;
    }

    sealed interface Result permits Connected, Failed {
    }

    record Connected(Socket socket, InetAddress address) implements Result {
    }

    record Failed(CaptureError error, Optional<String> lastAddress) implements Result {
    }

    Result connect(Endpoint endpoint, Deadline total) {
        List<InetAddress> addresses;
        try {
            addresses = resolve(endpoint.host(), total);
        } catch (ResolveException e) {
            return new Failed(new CaptureError(Kind.DNS, endpoint.display() + ": " + e.getMessage()), Optional.empty());
        }
        List<InetAddress> tried = new ArrayList<>();
        Kind worst = Kind.REFUSED;
        String lastDetail = "";
        for (InetAddress address : addresses.subList(0, Math.min(MAX_ADDRESSES, addresses.size()))) {
            if (total.passed()) {
                worst = Kind.TIMEOUT;
                lastDetail = "the overall deadline passed";
                break;
            }
            tried.add(address);
            int timeout = (int) Math.max(1, Math.min(connectTimeout.toMillis(), total.remainingMillis()));
            Socket socket = new Socket();
            try {
                socket.connect(new InetSocketAddress(address, endpoint.port()), timeout);
                return new Connected(socket, address);
            } catch (SocketTimeoutException e) {
                worst = Kind.TIMEOUT;
                lastDetail = "connection timed out after " + Deadline.describe(Duration.ofMillis(timeout));
            } catch (ConnectException e) {
                if (worst != Kind.TIMEOUT && worst != Kind.IO) {
                    worst = Kind.REFUSED;
                    lastDetail = "connection refused";
                }
            } catch (NoRouteToHostException e) {
                if (worst != Kind.TIMEOUT) {
                    worst = Kind.IO;
                    lastDetail = "no route to host";
                }
            } catch (IOException e) {
                if (worst != Kind.TIMEOUT) {
                    worst = Kind.IO;
                    lastDetail = "connection failed (" + e.getMessage() + ")";
                }
            }
            closeQuietly(socket);
        }
        String message = endpoint.display() + ": " + lastDetail;
        if (!isIpLiteral(endpoint.host()) || tried.size() > 1) {
            StringJoiner list = new StringJoiner(", ", " (tried ", ")");
            tried.forEach(a -> list.add(text(a)));
            message += list;
        }
        Optional<String> last = tried.isEmpty() ? Optional.empty() : Optional.of(text(tried.getLast()));
        return new Failed(new CaptureError(worst, message), last);
    }

    private static final class ResolveException extends Exception {
        ResolveException(String message) {
            super(message);
        }
    }

    private List<InetAddress> resolve(String host, Deadline total) throws ResolveException {
        if (isIpLiteral(host)) {
            try {
                return List.of(InetAddress.getByName(host)); // a literal: parsed, never looked up
            } catch (IOException e) {
                throw new ResolveException("\"" + host + "\" is not a valid IP address");
            }
        }
        // The system resolver cannot be interrupted, so it runs on its own virtual thread and we stop
        // waiting at the deadline.
        FutureTask<List<InetAddress>> lookup = new FutureTask<>(() -> resolver.resolve(host));
        Thread.ofVirtual().name("rootwatch-resolve").start(lookup);
        List<InetAddress> result = awaitLookup(host, lookup, total);
        if (result == null || result.isEmpty()) {
            throw new ResolveException("the name " + host + " resolved to no addresses");
        }
        return result;
    }

    private static List<InetAddress> awaitLookup(String host, Future<List<InetAddress>> lookup, Deadline total)
            throws ResolveException {
        try {
            return lookup.get(Math.max(1, total.remainingMillis()), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            lookup.cancel(true);
            throw new ResolveException("the name " + host + " did not resolve before the deadline");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ResolveException("resolving " + host + " was interrupted");
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            String why = cause instanceof java.net.UnknownHostException
                    ? "the name " + host + " does not resolve"
                    : "resolving " + host + " failed (" + cause + ")";
            throw new ResolveException(why);
        }
    }

    /** IPv4 dotted quad, or IPv6 in RFC 5952 form (lower case, longest zero run as "::"), e.g. "::1". */
    static String text(InetAddress address) {
        if (!(address instanceof java.net.Inet6Address)) {
            return address.getHostAddress();
        }
        byte[] b = address.getAddress();
        int[] groups = new int[8];
        for (int i = 0; i < 8; i++) {
            groups[i] = ((b[2 * i] & 0xff) << 8) | (b[2 * i + 1] & 0xff);
        }
        int bestStart = -1;
        int bestLen = 1; // RFC 5952 4.2.2: a single zero group is not shortened
        for (int i = 0; i < 8; ) {
            int j = i;
            while (j < 8 && groups[j] == 0) {
                j++;
            }
            if (j - i > bestLen) {
                bestStart = i;
                bestLen = j - i;
            }
            i = j == i ? i + 1 : j;
        }
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 8; i++) {
            if (i == bestStart) {
                sb.append("::");
                i += bestLen - 1;
                continue;
            }
            if (sb.length() > 0 && sb.charAt(sb.length() - 1) != ':') {
                sb.append(':');
            }
            sb.append(Integer.toHexString(groups[i]));
        }
        return sb.toString();
    }

    static boolean isIpLiteral(String host) {
        return host.indexOf(':') >= 0 || IPV4.matcher(host).matches();
    }

    private static void closeQuietly(Socket s) {
        try {
            s.close();
        } catch (IOException e) {
            // nothing to release beyond the descriptor, which close() frees either way
        }
    }
}
