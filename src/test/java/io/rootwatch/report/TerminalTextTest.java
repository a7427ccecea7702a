package io.rootwatch.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TerminalTextTest {
    @Test
    void controlCharacters_becomeVisibleEscapes() {
        assertThat(TerminalText.safe("CN=x\u001b[1A\u001b[2K\rfake row\n\tend\u007f\u009b"))
                .isEqualTo("CN=x\\x1b[1A\\x1b[2K\\x0dfake row\\x0a\\x09end\\x7f\\x9b");
    }

    @Test
    void bidiOverridesAndIsolates_becomeVisibleEscapes() {
        assertThat(TerminalText.safe("a\u202ecom.evil\u202c\u2066b\u2069")).isEqualTo("a\\u202ecom.evil\\u202c\\u2066b\\u2069");
    }

    @Test
    void printableText_includingNonAscii_passesUnchanged() {
        String s = "CN=Bücher Straße, O=東京 (测试) é\u00a0";
        assertThat(TerminalText.safe(s)).isSameAs(s);
        assertThat(TerminalText.safe(null)).isNull();
    }
}
