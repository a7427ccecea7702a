package io.rootwatch.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.UnknownHostException;
import org.junit.jupiter.api.Test;

/** The suite-wide guard really is installed: a real name never reaches DNS during tests. */
class LoopbackOnlyResolverTest {

    @Test
    void realNames_areRefused_localhostIsLoopback() throws Exception {
        assertThatThrownBy(() -> InetAddress.getByName("example.com"))
                .isInstanceOf(UnknownHostException.class).hasMessageContaining("tests may not use DNS");
        assertThat(InetAddress.getByName("localhost").isLoopbackAddress()).isTrue();
        assertThat(InetAddress.getByName("127.0.0.1").isLoopbackAddress()).isTrue();
    }
}
