package io.rootwatch.report;

import io.rootwatch.assess.ScanReport;
import java.io.IOException;
import java.io.Writer;

/**
 * Writes a {@link ScanReport} in one output format. Called once per run, after all results are in.
 * Renderers are stateless and thread-safe; they never close the writer.
 */
public interface Renderer {
    void render(ScanReport report, Writer out) throws IOException;
}
