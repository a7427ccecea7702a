package io.rootwatch.ct;

import io.rootwatch.refdata.ctlogs.Log;
import io.rootwatch.refdata.ctlogs.LogKind;
import io.rootwatch.refdata.ctlogs.LogList;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Sorts one leaf's SCTs against one log list at one instant: which count for the embedded rule, which
 * for the TLS/OCSP rule, and why others do not (one note per SCT left out). Only SCTs with a valid
 * signature and a timestamp not after the evaluation instant take part; duplicates from one log
 * collapse to one (first kept).
 */
final class SctTally {
    /** Which SCTs may count. */
    enum Assume {
        /** Only SCTs whose signature verified: the real verdict. */
        VERIFIED_ONLY,
        /**
         * Also SCTs that could not be checked (no issuer, unsupported algorithm), as if they had verified:
         * tells whether checking them could change the verdict.
         */
        UNCHECKED_AS_VALID
    }

    /** An SCT that counts, with its log and the log's operator at the SCT's time. */
    record Counted(SctObservation sct, Log log, String operator, boolean admissibleNow) {
    }

    /** Embedded SCTs from logs admissible now or retired after the SCT, one per log. */
    final Map<String, Counted> embedded = new LinkedHashMap<>();
    /** SCTs from logs admissible now, one per log, by channel group. */
    final Map<String, Counted> serverAdmissible = new LinkedHashMap<>();
    final Map<String, Counted> anyChannelAdmissible = new LinkedHashMap<>();
    /** Sentences: earlier-instant inferences and reasons an SCT does not count. */
    final Set<String> notes = new LinkedHashSet<>();
    /** Sentences for SCTs dated at or after their log's retirement. */
    final List<String> afterRetirement = new ArrayList<>();

    static SctTally of(List<SctObservation> scts, LogList list, Instant at, Set<SctChannel> serverChannels, Assume assume) {
        SctTally t = new SctTally();
        // SCTs left out, by channel and reason: one note per group reads better than one per SCT.
        Map<String, List<String>> left = new LinkedHashMap<>();
        for (SctObservation o : scts) {
            Optional<String> excluded = whyNotCounted(o, at, assume);
            if (excluded.isPresent()) {
                left.computeIfAbsent(o.channel().wireName() + "\u0000" + excluded.get(), k -> new ArrayList<>()).add(o.logLabel());
                continue;
            }
            Optional<Log> found = list.byId(o.logIdBase64());
            if (found.isEmpty()) {
                t.notes.add(o.logLabel() + " is not in " + list.label());
                continue;
            }
            Log log = found.get();
            LogStanding standing = LogStanding.of(log, at);
            if (!standing.note().isEmpty()) {
                t.notes.add(standing.note());
            }
            Counted c = new Counted(o, log, log.operatorAt(o.timestamp()), standing.kind() == LogStanding.Kind.ADMISSIBLE);
            switch (standing.kind()) {
                case ADMISSIBLE -> {
                    if (o.channel() == SctChannel.EMBEDDED) {
                        t.embedded.putIfAbsent(log.logId(), c);
                    }
                    if (serverChannels.contains(o.channel())) {
                        t.serverAdmissible.putIfAbsent(log.logId(), c);
                    }
                    t.anyChannelAdmissible.putIfAbsent(log.logId(), c);
                }
                case RETIRED -> {
                    Instant retired = standing.retiredAt().orElseThrow();
                    if (o.timestamp().isBefore(retired)) {
                        if (o.channel() == SctChannel.EMBEDDED) {
                            t.embedded.putIfAbsent(log.logId(), c);
                        } else {
                            t.notes.add(o.logLabel() + " is retired since " + retired
                                    + ", and TLS/OCSP-delivered SCTs need a log admissible now");
                        }
                    } else {
                        t.afterRetirement.add("The " + o.channel().wireName() + " SCT from " + o.logLabel() + " is dated "
                                + o.timestamp() + ", not before the log's retirement on " + retired + ".");
                    }
                }
                case NOT_ADMISSIBLE -> { /* the note says why */ }
            }
        }
        left.forEach((key, logs) -> {
            String[] channelAndReason = key.split("\u0000", 2);
            t.notes.add("the " + channelAndReason[0] + " SCT" + (logs.size() == 1 ? "" : "s") + " from " + String.join(", ", logs)
                    + (logs.size() == 1 ? " does" : " do") + " not count: " + channelAndReason[1]);
        });
        return t;
    }

    /** Empty when the SCT may count; otherwise why it may not. */
    private static Optional<String> whyNotCounted(SctObservation o, Instant at, Assume assume) {
        if (o.timestamp().isAfter(at)) {
            return Optional.of("dated after the evaluation time");
        }
        return switch (o.signature()) {
            case VALID -> Optional.empty();
            case INVALID -> Optional.of("invalid signature");
            case UNKNOWN_LOG -> Optional.of("log in no given log list");
            case NO_ISSUER -> assume == Assume.UNCHECKED_AS_VALID ? Optional.empty()
                    : Optional.of("not verifiable without the certificate of the CA that issued the leaf");
            case UNSUPPORTED -> assume == Assume.UNCHECKED_AS_VALID ? Optional.empty()
                    : Optional.of("signature algorithm not verifiable");
        };
    }

    static Set<String> operators(Iterable<Counted> counted) {
        Set<String> ops = new LinkedHashSet<>();
        counted.forEach(c -> ops.add(c.operator()));
        return ops;
    }

    static int admissibleNow(Iterable<Counted> counted) {
        int n = 0;
        for (Counted c : counted) {
            if (c.admissibleNow()) {
                n++;
            }
        }
        return n;
    }

    static boolean anyRfc6962(Iterable<Counted> counted) {
        for (Counted c : counted) {
            if (c.log().kind() == LogKind.RFC6962) {
                return true;
            }
        }
        return false;
    }

    /** "3 SCTs from operators Google, DigiCert" / "2 SCTs, both from operator Google" / "no SCTs". */
    static String describe(String what, java.util.Collection<Counted> counted) {
        int n = counted.size();
        if (n == 0) {
            return "no " + what + " SCTs count";
        }
        Set<String> ops = operators(counted);
        String count = n + " " + what + " SCT" + (n == 1 ? "" : "s") + " from distinct counted logs";
        if (ops.size() == 1) {
            String quantifier = n == 1 ? "" : n == 2 ? "both " : "all ";
            return count + ", " + quantifier + "from operator " + ops.iterator().next();
        }
        return count + " of operators " + String.join(", ", ops);
    }
}
