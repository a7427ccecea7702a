package io.rootwatch.model;

/** Process exit codes of the report contract; scripts rely on them. */
public enum ExitCode {
    CLEAN(0), FINDINGS(1), USAGE_OR_INPUT(2);

    private final int code;

    ExitCode(int code) {
        this.code = code;
    }

    public int code() {
        return code;
    }
}
