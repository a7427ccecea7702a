package io.rootwatch.refdata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CsvTableTest {

    @Test
    void parse_crlfQuotedNewlinesAndNoTrailingNewline_readsCellsByHeaderName() throws RefDataException {
        String text = "\"B\",\"A\"\r\n\"two\nlines\",\"1\"\r\n\"x\",\"2\"";
        CsvTable t = CsvTable.parse(text, "t.csv");
        assertThat(t.rows()).hasSize(2);
        assertThat(t.rows().get(0).raw("B")).isEqualTo("two\nlines");
        assertThat(t.rows().get(0).get("a")).isEqualTo("1");
        assertThat(t.rows().get(1).get("A")).isEqualTo("2");
        assertThat(t.rows().get(1).line()).isEqualTo(4);
        assertThat(t.rows().get(1).get("Not There")).isEmpty();
    }

    @Test
    void decode_bomIsRemoved_soTheFirstHeaderStillMatches() throws RefDataException {
        byte[] bytes = ("\uFEFF\"Owner\",\"PEM Info\"\n\"X\",\"y\"\n").getBytes(StandardCharsets.UTF_8);
        CsvTable t = CsvTable.parse(Texts.decode(bytes).orElseThrow(), "bom.csv");
        assertThat(t.has("Owner")).isTrue();
        assertThat(t.rows().get(0).get("Owner")).isEqualTo("X");
    }

    @Test
    void parse_unbalancedQuote_namesFileAndStartLine() {
        String text = "\"A\",\"B\"\n\"1\",\"2\"\n\"3\",\"never closed\n";
        assertThatThrownBy(() -> CsvTable.parse(text, "broken.csv"))
                .isInstanceOf(RefDataException.class)
                .hasMessageContaining("broken.csv")
                .hasMessageContaining("startline 3");
    }

    @Test
    void parse_garbageAfterClosingQuote_namesFileLineAndPosition() {
        String text = "\"A\",\"B\"\n\"1\"x,\"2\"\n";
        assertThatThrownBy(() -> CsvTable.parse(text, "broken.csv"))
                .isInstanceOf(RefDataException.class)
                .hasMessageContaining("broken.csv")
                .hasMessageContaining("line: 2, position: ");
    }

    @Test
    void parse_rowWithExtraField_namesFileAndLine() {
        assertThatThrownBy(() -> CsvTable.parse("A,B\n1,2\n1,2,3\n", "short.csv"))
                .isInstanceOf(RefDataException.class)
                .hasMessage("short.csv: line 3: row has 3 fields but the header has 2 (broken quoting?)");
    }

    @Test
    void require_missingColumn_namesFileAndColumn() throws RefDataException {
        CsvTable t = CsvTable.parse("\"Owner\",\"Trust Bits\"\n", "inc.csv");
        assertThatThrownBy(() -> t.require("Owner", "PEM Info"))
                .isInstanceOf(RefDataException.class)
                .hasMessage("inc.csv: line 1: missing required column \"PEM Info\"");
    }

    @Test
    void dates_allThreeCcadbForms_parseToTheSameDay() {
        LocalDate d = LocalDate.of(2024, 11, 30);
        assertThat(CcadbValues.parseDate("2024.11.30")).contains(d);
        assertThat(CcadbValues.parseDate("2024 Nov 30")).contains(d);
        assertThat(CcadbValues.parseDate("2024 NOV 30")).contains(d);
        assertThat(CcadbValues.parseDate("2024-11-30")).contains(d);
        assertThat(CcadbValues.parseDate("")).isEmpty();
        assertThat(CcadbValues.parseDate("30/11/2024")).isEmpty();
    }

    @Test
    void date_unparseableCell_isErrorNamingFileLineAndColumn() throws RefDataException {
        CsvTable t = CsvTable.parse("\"Distrust for TLS After Date\"\n\"soon\"\n", "inc.csv");
        assertThatThrownBy(() -> t.rows().get(0).date("Distrust for TLS After Date"))
                .isInstanceOf(RefDataException.class)
                .hasMessageStartingWith("inc.csv: line 2, column \"Distrust for TLS After Date\": \"soon\" is not a date");
    }

    @Test
    void booleans_anyCase() {
        assertThat(CcadbValues.bool("True")).contains(true);
        assertThat(CcadbValues.bool("true")).contains(true);
        assertThat(CcadbValues.bool("TRUE")).contains(true);
        assertThat(CcadbValues.bool("FALSE")).contains(false);
        assertThat(CcadbValues.bool("yes")).isEqualTo(Optional.empty());
    }

    @Test
    void trustBits_unknownToken_isReportedAndIgnored() {
        StringBuilder unknown = new StringBuilder();
        assertThat(CcadbValues.trustBits("Websites;Code Signing", unknown::append)).isEqualTo(Set.of(TrustBit.WEBSITES));
        assertThat(unknown.toString()).isEqualTo("Code Signing");
        assertThat(CcadbValues.trustBits("All Trust Bits Turned Off", s -> { })).isEmpty();
    }

    @Test
    void finalRowWithFewerCells_isReportedAsTruncated_andLeftOut() throws RefDataException {
        CsvTable t = CsvTable.parse("\"A\",\"B\",\"C\"\n\"1\",\"2\",\"3\"\n\"4\",\"5\"", "cut.csv");
        assertThat(t.rows()).hasSize(1);
        assertThat(t.truncation()).contains("cut.csv: line 3: row has 2 of 3 columns (truncated file?)");
    }

    @Test
    void fileEndingRightAfterADelimiter_isTruncated_thoughTheCellCountMatches() throws RefDataException {
        CsvTable t = CsvTable.parse("SHA-256 Fingerprint,X.509 Certificate (PEM)\nAB,\"pem\"\nCD,", "pems.csv");
        assertThat(t.rows()).hasSize(1);
        assertThat(t.truncation()).contains("pems.csv: line 3: row has 1 of 2 columns (truncated file?)");
    }

    @Test
    void completeFile_hasNoTruncation_andAShortRowInTheMiddleIsStillAnError() throws RefDataException {
        assertThat(CsvTable.parse("\"A\",\"B\"\n\"1\",\"\"", "ok.csv").truncation()).isEmpty();
        assertThatThrownBy(() -> CsvTable.parse("\"A\",\"B\"\n\"1\"\n\"2\",\"3\"\n", "mid.csv"))
                .hasMessage("mid.csv: line 2: row has 1 of 2 columns (truncated row or broken quoting?)");
    }
}
