package io.rootwatch.lint;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** AA-2 / AA-17 for this package: no I/O, no clock, no BouncyCastle, only model and x509 from rootwatch. */
class LintPurityTest {
    private static final JavaClasses LINT = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.rootwatch.lint");

    @Test
    void lint_doesNoIoAndSeesNoBouncyCastle() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage(
                "java.io..", "java.nio.file..", "java.net..", "java.sql..", "org.bouncycastle..")
                .check(LINT);
    }

    @Test
    void lint_neverReadsTheClock() {
        noClasses().should().callMethod(java.time.Instant.class, "now")
                .orShould().callMethod(System.class, "currentTimeMillis")
                .check(LINT);
    }

    @Test
    void lint_importsOnlyModelAndX509FromRootwatch() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage(
                "io.rootwatch.trust..", "io.rootwatch.ct..", "io.rootwatch.assess..", "io.rootwatch.capture..",
                "io.rootwatch.refdata..", "io.rootwatch.store..", "io.rootwatch.report..", "io.rootwatch.cli..")
                .check(LINT);
    }
}
