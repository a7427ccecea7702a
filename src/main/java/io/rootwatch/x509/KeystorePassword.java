package io.rootwatch.x509;

/**
 * The password for a PKCS#12 / JKS keystore, or none. The CLI reads it from a file or an environment
 * variable, never from a command-line argument (arguments show up in {@code ps} and shell history).
 * {@link Of} keeps a reference to the caller's array so the caller can wipe it after use; its
 * {@code toString} never shows the characters.
 */
public sealed interface KeystorePassword {

    /** No password: JKS is read without its integrity check; PKCS#12 usually cannot be read at all. */
    record None() implements KeystorePassword {
    }

    /** A password; the array is used as given (not copied) so that the caller can clear it. */
    record Of(char[] chars) implements KeystorePassword {
        public Of {
            if (chars == null) {
                throw new IllegalArgumentException("password characters must not be null (use KeystorePassword.none())");
            }
        }

        @Override
        public String toString() {
            return "KeystorePassword.Of[****]";
        }
    }

    static KeystorePassword none() {
        return new None();
    }

    static KeystorePassword of(char[] chars) {
        return new Of(chars);
    }
}
