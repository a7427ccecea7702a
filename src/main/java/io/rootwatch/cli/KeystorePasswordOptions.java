package io.rootwatch.cli;

import io.rootwatch.files.InputFile;
import io.rootwatch.files.Utf8Text;
import io.rootwatch.x509.KeystorePassword;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import picocli.CommandLine.Option;

/**
 * Keystore passwords come from a file or an environment variable, never from the command line, where
 * they would sit in shell history and in every process listing.
 */
final class KeystorePasswordOptions {
    /** Only the first line is used; a password file bigger than this is the wrong file, not a long password. */
    static final long MAX_PASSWORD_FILE_BYTES = 64L * 1024;

    @Option(names = "--password-file", paramLabel = "FILE", description = "Read the keystore password from FILE (first line).")
    Optional<Path> file = Optional.empty();

    @Option(names = "--password-env", paramLabel = "VAR", description = "Read the keystore password from environment variable VAR.")
    Optional<String> variable = Optional.empty();

    KeystorePassword resolve(Environment env) throws IOException {
        if (file.isPresent() && variable.isPresent()) {
            throw new UsageException("give either --password-file or --password-env, not both");
        }
        if (file.isPresent()) {
            String text = Utf8Text.decode(InputFile.read(file.get(), "password file", MAX_PASSWORD_FILE_BYTES), file.get());
            String first = text.lines().findFirst().orElse("");
            return new KeystorePassword.Of(first.toCharArray());
        }
        if (variable.isPresent()) {
            String value = env.variables().get(variable.get());
            if (value == null) {
                throw new UsageException("--password-env " + variable.get() + ": no such environment variable");
            }
            return new KeystorePassword.Of(value.toCharArray());
        }
        return new KeystorePassword.None();
    }
}
