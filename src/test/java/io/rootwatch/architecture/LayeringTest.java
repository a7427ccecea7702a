package io.rootwatch.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.library.dependencies.SlicesRuleDefinition;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The pipeline of shared/ARCHITECTURE.md as rules: each package imports only the packages listed for
 * it, and the pure middle never touches the clock, sockets or files.
 */
class LayeringTest {
    private static JavaClasses classes;

    /** Package → the rootwatch packages it may import (besides itself). */
    private static final Map<String, Set<String>> ALLOWED = Map.ofEntries(
            Map.entry("model", Set.of()),
            // Bounded, regular-file-only reading of the files users name; a leaf like model.
            Map.entry("files", Set.of()),
            Map.entry("x509", Set.of("model")),
            Map.entry("refdata", Set.of("model", "x509", "files")),
            Map.entry("capture", Set.of("model", "x509", "files")),
            Map.entry("trust", Set.of("model", "x509", "refdata")),
            Map.entry("ct", Set.of("model", "x509", "refdata")),
            Map.entry("lint", Set.of("model", "x509")),
            Map.entry("assess", Set.of("model", "x509", "refdata", "capture", "trust", "ct", "lint")),
            Map.entry("store", Set.of("model")),
            // The report renders an Assessment, whose parts are trust / ct / refdata value types.
            Map.entry("report", Set.of("model", "assess", "trust", "ct", "refdata")));

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("io.rootwatch");
    }

    @Test
    void eachPackage_importsOnlyWhatArchitectureAllows() {
        for (var entry : ALLOWED.entrySet()) {
            String pkg = entry.getKey();
            String[] forbidden = ALLOWED.keySet().stream()
                    .filter(other -> !other.equals(pkg) && !entry.getValue().contains(other))
                    .map(other -> "io.rootwatch." + other + "..")
                    .toArray(String[]::new);
            String[] forbiddenWithTop = java.util.stream.Stream.concat(java.util.Arrays.stream(forbidden),
                    java.util.stream.Stream.of("io.rootwatch.cli..", "io.rootwatch.server..")).toArray(String[]::new);
            noClasses().that().resideInAPackage("io.rootwatch." + pkg + "..")
                    .should().dependOnClassesThat().resideInAnyPackage(forbiddenWithTop)
                    .because(pkg + " may import only " + entry.getValue())
                    .allowEmptyShould(true)
                    .check(classes);
        }
    }

    @Test
    void pureMiddle_neverReadsTheClockOrDoesIo() {
        noClasses().that().resideInAnyPackage("io.rootwatch.trust..", "io.rootwatch.ct..", "io.rootwatch.lint..",
                        "io.rootwatch.assess..")
                .should().callMethod(java.time.Instant.class, "now")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("java.time.Clock")
                .orShould().dependOnClassesThat().resideInAnyPackage("java.net..", "java.nio.file..", "java.sql..")
                .because("analysis is a function of (captured bytes, reference data, instant): ARCHITECTURE.md")
                .allowEmptyShould(true)
                .check(classes);
    }

    @Test
    void noPackageCycles() {
        SlicesRuleDefinition.slices().matching("io.rootwatch.(*)..").should().beFreeOfCycles().check(classes);
    }

    @Test
    void onlyMain_callsSystemExit_andCommandsNeverPrintToSystemOut() {
        noClasses().that().doNotHaveFullyQualifiedName("io.rootwatch.cli.Main")
                .should().callMethod(System.class, "exit", int.class)
                .check(classes);
        noClasses().that().resideOutsideOfPackage("io.rootwatch.cli..")
                .should().accessField(System.class, "out")
                .orShould().accessField(System.class, "err")
                .because("library code reports through return values; only the CLI prints")
                .check(classes);
    }
}
