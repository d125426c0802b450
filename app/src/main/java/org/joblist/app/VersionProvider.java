package org.joblist.app;

import picocli.CommandLine.IVersionProvider;

/** Reads the version from the jar manifest; "development build" when run from classes. */
final class VersionProvider implements IVersionProvider {
    @Override
    public String[] getVersion() {
        String version = Main.class.getPackage().getImplementationVersion();
        return new String[] {"joblist " + (version == null ? "(development build)" : version)};
    }
}
