package io.rootwatch.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.rootwatch.assess.Assessment;
import io.rootwatch.ct.CtAssessment;
import io.rootwatch.ct.PolicyVerdict;
import io.rootwatch.model.Capture;
import io.rootwatch.model.CaptureError;
import io.rootwatch.model.FileSource;
import io.rootwatch.refdata.ctlogs.Program;
import java.nio.file.Path;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The table's CT column: a glance must tell "a browser will reject this" from "nobody enforces CT here". */
class TableRowTest {
    private static PolicyVerdict verdict(Optional<Boolean> compliant, boolean enforced) {
        return new PolicyVerdict(compliant, enforced, "reason", "program", "rule");
    }

    private static Assessment withCt(Map<Program, PolicyVerdict> policies) {
        Capture c = Capture.failed(new FileSource(Path.of("chain.pem"), Optional.empty(), Map.of()), Optional.empty(),
                Instant.EPOCH, new CaptureError(CaptureError.Kind.PARSE, "unused"));
        return new Assessment(c, List.of(), Optional.empty(), Optional.of(new CtAssessment(List.of(), policies, List.of())),
                List.of());
    }

    private static Map<Program, PolicyVerdict> policies(PolicyVerdict mozilla, PolicyVerdict chrome, PolicyVerdict apple) {
        Map<Program, PolicyVerdict> m = new EnumMap<>(Program.class);
        m.put(Program.MOZILLA, mozilla);
        m.put(Program.CHROME, chrome);
        m.put(Program.APPLE, apple);
        return m;
    }

    @Test
    void everyProgramCompliant_isOk() {
        var ok = verdict(Optional.of(true), true);
        assertThat(TableRow.ct(withCt(policies(ok, ok, ok)))).isEqualTo("ok");
    }

    @Test
    void enforcingProgramsThatFail_areNamedInOrder() {
        var fail = verdict(Optional.of(false), true);
        assertThat(TableRow.ct(withCt(policies(fail, verdict(Optional.of(true), true), fail)))).isEqualTo("fail: apple,mozilla");
    }

    @Test
    void failuresNoBrowserEnforces_readAsNotEnforced() {
        var privateFail = verdict(Optional.of(false), false);
        assertThat(TableRow.ct(withCt(policies(privateFail, privateFail, privateFail)))).isEqualTo("fail (not enforced)");
    }

    @Test
    void unjudgedProgram_withoutFailures_isNotApplicable() {
        var ok = verdict(Optional.of(true), true);
        assertThat(TableRow.ct(withCt(policies(ok, verdict(Optional.empty(), true), ok)))).isEqualTo("n/a");
    }

    @Test
    void noCtAssessment_isDash() {
        assertThat(TableRow.ct(withCt(Map.of()))).isEqualTo("-");
    }
}
