package io.rootwatch.model;

import java.util.Locale;

/**
 * Firefox's verdict on a path, in the contract's precedence order: on one path the first that holds
 * wins; among paths the one whose verdict comes latest (closest to trusted) is chosen.
 */
public enum MozillaVerdict {
    NO_PATH, NOT_IN_STORE, REMOVED, NO_WEBSITES_TRUST, DISTRUSTED, REVOKED, INVALID_PATH, EXPIRED,
    NOT_YET_VALID, TRUSTED;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
