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

    /** A CT log list in any program's JSON shape that parses. */
    static BodyCheck logList() {
        return body -> {
            try {
                LogListDetector.parseAny(body, "CT log list");
                return Optional.empty();
            } catch (LogListParseException e) {
                // Jackson's messages run over several lines with a source excerpt; the first says what is wrong.
                return Optional.of(e.getMessage().lines().findFirst().orElse("not a CT log list"));
            }
        };
    }
}
