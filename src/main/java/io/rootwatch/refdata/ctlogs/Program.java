package io.rootwatch.refdata.ctlogs;

import java.util.Locale;

/** A browser root/CT program. Also names whose log list a {@link LogList} is. */
public enum Program {
    MOZILLA("Firefox"),
    CHROME("Chrome"),
    APPLE("Apple");

    private final String browser;

    Program(String browser) {
        this.browser = browser;
    }

    /** The report-contract key: {@code mozilla}, {@code chrome}, {@code apple}. */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The name people use in sentences: "Firefox", "Chrome", "Apple". */
    public String browser() {
        return browser;
    }
}
