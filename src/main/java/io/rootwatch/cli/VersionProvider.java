package io.rootwatch.cli;

import picocli.CommandLine.IVersionProvider;

/** The version from the jar manifest (Maven fills it), or "development" when run from classes. */
final class VersionProvider implements IVersionProvider {
    @Override
    public String[] getVersion() {
        String v = Main.class.getPackage().getImplementationVersion();
        return new String[] {"rootwatch " + (v == null ? "development" : v), "report schema rootwatch.report/v1"};
    }
}
