package io.rootwatch.capture;

/**
 * Whether text is an IPv6 address literal (RFC 4291 2.2: eight hex groups, one "::" at most, an optional
 * dotted IPv4 tail, RFC 6874 zone "%eth0"). Checked here, by rule, because a loose character-class match took
 * "127.0.0.1:8443:99" for an address, and handing text to the resolver to find out would be a DNS lookup.
 */
final class Ipv6Literal {
    private Ipv6Literal() {
    }

    static boolean is(String text) {
        String a = text;
        int zone = a.indexOf('%');
        if (zone >= 0) {
            if (!a.substring(zone + 1).matches("[A-Za-z0-9_.-]+")) {
                return false;
            }
            a = a.substring(0, zone);
        }
        if (a.indexOf(':') < 0) {
            return false;
        }
        int lastColon = a.lastIndexOf(':');
        String tail = a.substring(lastColon + 1);
        if (tail.contains(".")) {
            if (!isIpv4(tail)) {
                return false;
            }
            a = a.substring(0, lastColon + 1) + "0:0"; // the IPv4 tail stands for two groups
        }
        int gap = a.indexOf("::");
        if (gap < 0) {
            return groups(a) == 8;
        }
        if (a.indexOf("::", gap + 1) >= 0) {
            return false;
        }
        int left = a.substring(0, gap).isEmpty() ? 0 : groups(a.substring(0, gap));
        int right = a.substring(gap + 2).isEmpty() ? 0 : groups(a.substring(gap + 2));
        return left >= 0 && right >= 0 && left + right <= 7;
    }

    /** The number of groups in "h:h:h", or -1 when one is not 1–4 hex digits. */
    private static int groups(String s) {
        String[] parts = s.split(":", -1);
        for (String p : parts) {
            if (!p.matches("[0-9A-Fa-f]{1,4}")) {
                return -1;
            }
        }
        return parts.length;
    }

    private static boolean isIpv4(String s) {
        String[] parts = s.split("\\.", -1);
        if (parts.length != 4) {
            return false;
        }
        for (String p : parts) {
            if (!p.matches("[0-9]{1,3}") || Integer.parseInt(p) > 255) {
                return false;
            }
        }
        return true;
    }
}
