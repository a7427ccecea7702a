package io.rootwatch.refdata;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Trust-bit sets iterate in declaration order whatever order they were built in, so output never flickers. */
class TrustBitOrderTest {
    private static Set<TrustBit> emailThenWebsites() {
        return new LinkedHashSet<>(List.of(TrustBit.EMAIL, TrustBit.WEBSITES));
    }

    private static StoreRoot anyRoot() throws RefDataException {
        return RefDataLoader.load(List.of(CcadbFixtures.INCLUDED_2025_03_28)).roots().all().iterator().next();
    }

    @Test
    void storeRoot_keepsDeclarationOrder() throws RefDataException {
        StoreRoot r = anyRoot();
        StoreRoot rebuilt = new StoreRoot(r.certificate(), r.name(), r.caOwner(), r.status(), emailThenWebsites(),
                r.distrustForTlsAfter(), r.mozillaAppliedConstraints(), r.removal(), r.latestAuditPeriodEnd());
        assertThat(rebuilt.trustBits()).containsExactly(TrustBit.WEBSITES, TrustBit.EMAIL);
    }

    @Test
    void trustBitChange_keepsDeclarationOrder() throws RefDataException {
        StoreRoot root = anyRoot();
        var change = new RootStoreDiff.TrustBitChange(root, emailThenWebsites(), Set.of(TrustBit.EMAIL));
        assertThat(change.before()).containsExactly(TrustBit.WEBSITES, TrustBit.EMAIL);
        assertThat(change.before().toString()).isEqualTo("[WEBSITES, EMAIL]");
    }

    @Test
    void inOrder_isUnmodifiable_andHandlesEmpty() {
        assertThat(TrustBit.inOrder(emailThenWebsites())).containsExactly(TrustBit.WEBSITES, TrustBit.EMAIL);
        assertThat(TrustBit.inOrder(Set.of())).isEmpty();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> TrustBit.inOrder(Set.of()).add(TrustBit.EMAIL))
                .isInstanceOf(UnsupportedOperationException.class);
    }
}
