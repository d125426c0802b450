package org.joblist.aggregate.testing;

/** The databases the store runs on, for tests that run on each; see {@link TestDatabases}. */
public enum TestDatabase {
    H2("H2"),
    POSTGRESQL("PostgreSQL");

    private final String displayName;

    TestDatabase(String displayName) {
        this.displayName = displayName;
    }

    @Override
    public String toString() {
        return displayName;
    }
}
