package org.joblist.aggregate.testing;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.UserPrincipal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.joblist.config.StoreConfig;

/**
 * A throwaway PostgreSQL server on loopback, run from the binaries Debian installs under
 * {@code /usr/lib/postgresql/<version>/bin} (the newest version there; the system property
 * {@code joblist.postgresql} names another folder of versions). {@link #start()} runs initdb into
 * a temporary directory that also holds the socket and the log, and starts the server on a free
 * port; {@link #close()} stops it with pg_ctl, else kills it by its PID, and deletes the
 * directory. A JVM that exits without closing it stops it on the way out.
 *
 * <p>PostgreSQL refuses to run as root, so as root its commands run as the {@code postgres} user
 * (through runuser) in a directory that user owns. The server compares text by ICU's en-US
 * collation, as a server set up with an English locale does, so that order that depends on the
 * database's collation shows in tests; it skips fsync, as nothing in it needs to survive a crash.
 *
 * <pre>{@code
 * try (PostgresServer server = PostgresServer.start()) {
 *     StoreConfig store = server.createDatabase();   // owned by role joblist, with a password
 * }
 * }</pre>
 */
public final class PostgresServer implements AutoCloseable {
    /** Why a test on PostgreSQL is skipped where the server binaries are missing. */
    public static final String NOT_INSTALLED =
            "PostgreSQL server not installed: apt-get install postgresql; .ci/run installs it";

    private static final String SUPERUSER = "postgres";
    private static final String ROLE = "joblist";
    private static final long COMMAND_TIMEOUT_SECONDS = 120;
    private static final int START_ATTEMPTS = 3;

    private final Path bin;
    private final Path dir;
    private final String superuserPassword;
    private final String rolePassword;
    private final AtomicInteger databases = new AtomicInteger();
    private final Thread stopAtExit = new Thread(this::stop, "postgres-server-stop");
    private int port;
    private long pid;

    private PostgresServer(Path bin, Path dir) {
        this.bin = bin;
        this.dir = dir;
        this.superuserPassword = secret();
        this.rolePassword = secret();
    }

    /** The bin folder of the newest PostgreSQL installed, holding initdb and pg_ctl. */
    public static Optional<Path> binaries() {
        Path versions = Path.of(System.getProperty("joblist.postgresql", "/usr/lib/postgresql"));
        if (!Files.isDirectory(versions)) {
            return Optional.empty();
        }
        try (Stream<Path> children = Files.list(versions)) {
            return children
                    .map(version -> version.resolve("bin"))
                    .filter(b -> Files.isExecutable(b.resolve("initdb"))
                            && Files.isExecutable(b.resolve("pg_ctl")))
                    .max(Comparator.comparing(PostgresServer::majorVersion));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int majorVersion(Path bin) {
        String name = bin.getParent().getFileName().toString();
        return name.matches("\\d{1,4}") ? Integer.parseInt(name) : -1;
    }

    /**
     * Sets up a server in a new temporary directory and starts it, with a role {@value #ROLE}
     * that owns the databases {@link #createDatabase} makes.
     *
     * @throws IllegalStateException when PostgreSQL is not installed or does not start; the
     *     message then ends with the server's log
     */
    public static PostgresServer start() {
        Path bin = binaries().orElseThrow(() -> new IllegalStateException(NOT_INSTALLED));
        PostgresServer server;
        try {
            server = new PostgresServer(bin, Files.createTempDirectory("joblist-postgres-"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Runtime.getRuntime().addShutdownHook(server.stopAtExit);
        try {
            server.initdb();
            server.startOnFreePort();
            server.execute("CREATE ROLE " + ROLE + " LOGIN PASSWORD '" + server.rolePassword + "'");
            return server;
        } catch (RuntimeException e) {
            server.close();
            throw e;
        }
    }

    private void initdb() {
        Path passwordFile = dir.resolve("superuser-password");
        try {
            Files.writeString(passwordFile, superuserPassword + "\n", UTF_8);
            if (isRoot()) {
                UserPrincipal postgres = dir.getFileSystem().getUserPrincipalLookupService()
                        .lookupPrincipalByName(SUPERUSER);
                Files.setOwner(dir, postgres);
                Files.setOwner(passwordFile, postgres);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        run("initdb", "-D", data().toString(), "-U", SUPERUSER, "--pwfile=" + passwordFile,
                "--auth-local=trust", "--auth-host=scram-sha-256", "--encoding=UTF8",
                "--locale=C.UTF-8", "--locale-provider=icu", "--icu-locale=en-US", "--no-sync",
                "--no-instructions");
    }

    /** Starts on a port that was free a moment ago; another process may take it meanwhile. */
    private void startOnFreePort() {
        for (int attempt = 1; ; attempt++) {
            port = freePort();
            try {
                run("pg_ctl", "start", "-D", data().toString(), "-l", log().toString(), "-w",
                        "-t", String.valueOf(COMMAND_TIMEOUT_SECONDS), "-o",
                        "-h 127.0.0.1 -p " + port + " -k " + dir
                                + " -c fsync=off -c synchronous_commit=off"
                                + " -c full_page_writes=off");
                pid = Long.parseLong(Files.readAllLines(data().resolve("postmaster.pid")).get(0));
                return;
            } catch (IllegalStateException e) {
                if (attempt == START_ATTEMPTS) {
                    throw new IllegalStateException(e.getMessage() + "\n" + logText(), e);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** A new, empty database owned by the role {@value #ROLE}, which the config logs in as. */
    public StoreConfig createDatabase() {
        String name = "test_" + databases.incrementAndGet();
        execute("CREATE DATABASE " + name + " OWNER " + ROLE);
        return new StoreConfig(url(name), ROLE, rolePassword);
    }

    /** The JDBC URL of a database on this server, without user or password. */
    public String url(String database) {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + database;
    }

    public int port() {
        return port;
    }

    /** Runs one statement as the superuser, in the database {@code postgres}. */
    public void execute(String sql) {
        try (Connection connection =
                        DriverManager.getConnection(url("postgres"), SUPERUSER, superuserPassword);
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("postgres on port " + port + ": " + sql + ": "
                    + e.getMessage(), e);
        }
    }

    /** Stops the server and deletes its directory. */
    @Override
    public void close() {
        try {
            Runtime.getRuntime().removeShutdownHook(stopAtExit);
        } catch (IllegalStateException e) {
            // The JVM is exiting, and the hook stops the server.
            return;
        }
        stop();
    }

    private synchronized void stop() {
        if (Files.exists(data().resolve("postmaster.pid"))) {
            try {
                run("pg_ctl", "stop", "-D", data().toString(), "-m", "fast", "-w", "-t", "30");
            } catch (IllegalStateException e) {
                ProcessHandle.of(pid).ifPresent(ProcessHandle::destroyForcibly);
            }
        }
        deleteDirectory();
    }

    private void deleteDirectory() {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Runs one of the server's commands, as the postgres user when we are root. */
    private void run(String command, String... arguments) {
        List<String> line = new ArrayList<>();
        if (isRoot()) {
            line.addAll(List.of("runuser", "-u", SUPERUSER, "--"));
        }
        line.add(bin.resolve(command).toString());
        line.addAll(List.of(arguments));
        Path output = dir.resolve("commands.log");
        try {
            Process process = new ProcessBuilder(line)
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(output.toFile()))
                    .start();
            if (!process.waitFor(COMMAND_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException(command + " did not finish in "
                        + COMMAND_TIMEOUT_SECONDS + " s");
            }
            if (process.exitValue() != 0) {
                throw new IllegalStateException(command + " failed with exit code "
                        + process.exitValue() + ":\n" + Files.readString(output, UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(command + " interrupted", e);
        }
    }

    private String logText() {
        try {
            return Files.exists(log()) ? Files.readString(log(), UTF_8) : "(no server log)";
        } catch (IOException e) {
            return "(server log unreadable: " + e.getMessage() + ")";
        }
    }

    private Path data() {
        return dir.resolve("data");
    }

    private Path log() {
        return dir.resolve("server.log");
    }

    private static boolean isRoot() {
        return "root".equals(System.getProperty("user.name"));
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String secret() {
        return UUID.randomUUID().toString().replace("-", "");
    }
}
