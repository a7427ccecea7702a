package io.rootwatch.refdata.fetch;

import io.rootwatch.refdata.ReportContent;
import io.rootwatch.refdata.ReportKind;
import io.rootwatch.refdata.ctlogs.LogListDetector;
import io.rootwatch.refdata.ctlogs.LogListParseException;
import java.util.EnumSet;
import java.util.Optional;

/**
 * What a downloaded body must be before it may replace the cached copy: a 200 answer is not proof of a report
 * (maintenance pages, captive portals and cut connections all arrive with one).
 */
@FunctionalInterface
public interface BodyCheck {
    /** Any bytes will do (e.g. a detached signature, which its own verification judges). */
    BodyCheck ANY = body -> Optional.empty();

    /** Empty when the body is acceptable; otherwise a short description of what came back instead. */
    Optional<String> problem(byte[] body);

    /** A CCADB report (or OneCRL) of one of these kinds that parses. */
    static BodyCheck report(ReportKind first, ReportKind... more) {
        EnumSet<ReportKind> kinds = EnumSet.of(first, more);
        return body -> ReportContent.mismatch(body, kinds);
    }

    /** The input name given to the log-list parser, stripped again from its messages. */
    String BODY = "fetched body";

    /** A CT log list in any program's JSON shape that parses. */
    static BodyCheck logList() {
        return body -> {
            try {
                LogListDetector.parseAny(body, BODY);
                return Optional.empty();
            } catch (LogListParseException e) {
                // The caller's warning already names the URL and the body, so drop the parser's input-name prefix;
                // a message may run over several lines, and the first says what is wrong.
                String first = e.getMessage().lines().findFirst().orElse("not a CT log list");
                return Optional.of(first.startsWith(BODY + ": ") ? first.substring(BODY.length() + 2) : first);
            }
        };
    }
}
