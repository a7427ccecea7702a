package io.rootwatch.capture;

import org.junit.jupiter.api.Test;

import java.net.InetAddress;

import static org.assertj.core.api.Assertions.assertThat;

class ConnectorTest {
    @Test
    void addressText_followsRfc5952() throws Exception {
        assertThat(Connector.text(InetAddress.getByName("0:0:0:0:0:0:0:1"))).isEqualTo("::1");
        assertThat(Connector.text(InetAddress.getByName("::"))).isEqualTo("::");
        assertThat(Connector.text(InetAddress.getByName("2001:DB8:0:0:0:0:0:1"))).isEqualTo("2001:db8::1");
        // RFC 5952 4.2.2: one zero group stays; 4.2.3: the longest run (first if tied) is shortened
        assertThat(Connector.text(InetAddress.getByName("2001:db8:0:1:1:1:1:1"))).isEqualTo("2001:db8:0:1:1:1:1:1");
        assertThat(Connector.text(InetAddress.getByName("1:0:0:2:0:0:0:3"))).isEqualTo("1:0:0:2::3");
        assertThat(Connector.text(InetAddress.getByName("127.0.0.1"))).isEqualTo("127.0.0.1");
    }

    @Test
    void ipLiterals_areRecognized_namesAreNot() {
        assertThat(Connector.isIpLiteral("127.0.0.1")).isTrue();
        assertThat(Connector.isIpLiteral("::1")).isTrue();
        assertThat(Connector.isIpLiteral("www.test.example")).isFalse();
        assertThat(Connector.isIpLiteral("1.2.3.example")).isFalse();
    }
}
