package org.joblist.aggregate.testing;

import java.util.Objects;
import org.joblist.config.StoreConfig;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ExtensionContext.Namespace;
import org.junit.jupiter.api.extension.TestInstanceFactoryContext;
import org.junit.jupiter.api.extension.TestInstancePreConstructCallback;

/**
 * A JUnit extension handing out fresh, empty databases: H2 in memory under a new name, or a
 * database of its own on one throwaway {@link PostgresServer} that the whole test run shares. The
 * server starts when a test first asks for a PostgreSQL database and stops when the run ends.
 * Where PostgreSQL is not installed, a test that asks for it is skipped with the reason
 * {@value PostgresServer#NOT_INSTALLED}.
 *
 * <pre>{@code
 * @ParameterizedClass
 * @EnumSource(TestDatabase.class)
 * class PostingStoreTest {
 *     @RegisterExtension
 *     static final TestDatabases DATABASES = new TestDatabases();
 *
 *     private final StoreConfig config;
 *
 *     PostingStoreTest(TestDatabase database) {
 *         config = DATABASES.fresh(database);
 *     }
 * }
 * }</pre>
 */
public final class TestDatabases implements TestInstancePreConstructCallback {
    private static final Namespace NAMESPACE = Namespace.create(TestDatabases.class);

    private volatile ExtensionContext.@Nullable Store runStore;

    @Override
    public void preConstructTestInstance(TestInstanceFactoryContext factoryContext,
            ExtensionContext context) {
        runStore = context.getRoot().getStore(NAMESPACE);
    }

    /**
     * A new empty database of the kind; a test class must register this extension (see above)
     * before asking for a PostgreSQL one.
     */
    public StoreConfig fresh(TestDatabase database) {
        return switch (database) {
            case H2 -> TestStores.inMemory();
            case POSTGRESQL -> postgres().createDatabase();
        };
    }

    /** The server of this test run, started on first use. */
    public PostgresServer postgres() {
        if (PostgresServer.binaries().isEmpty()) {
            Assumptions.abort(PostgresServer.NOT_INSTALLED);
        }
        ExtensionContext.Store store = Objects.requireNonNull(runStore,
                "register TestDatabases with @RegisterExtension on a static field");
        return store.computeIfAbsent(PostgresServer.class, type -> PostgresServer.start(),
                PostgresServer.class);
    }
}
