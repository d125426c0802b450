package org.joblist.app;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.channels.UnresolvedAddressException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.joblist.config.JoblistException;
import org.joblist.config.ServerConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The daemon's HTTP endpoint, on the JDK's own server: {@code GET /health} answers JSON (see
 * {@link Health}), {@code GET /metrics} the Prometheus text format (see {@link DaemonMetrics}).
 * One thread answers, one request at a time.
 */
final class DaemonServer implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(DaemonServer.class);
    private static final String PROMETHEUS_TEXT = "text/plain; version=0.0.4; charset=utf-8";
    private static final String PLAIN_TEXT = "text/plain; charset=utf-8";
    /** How long /health waits for its check: less than a monitor's usual timeout. */
    static final Duration HEALTH_TIMEOUT = Duration.ofSeconds(3);

    private final HttpServer server;
    private final ExecutorService executor;
    private final BoundedCheck health;
    private final DaemonMetrics metrics;

    private DaemonServer(HttpServer server, Health health, DaemonMetrics metrics) {
        this.server = server;
        this.health = new BoundedCheck(health::check);
        this.metrics = metrics;
        // Two, so that /metrics answers while a /health waits for the store.
        this.executor = Executors.newFixedThreadPool(2, task -> {
            Thread thread = new Thread(task, "joblist-http");
            thread.setDaemon(true);
            return thread;
        });
    }

    /**
     * Listens where the config says and starts answering.
     *
     * @throws JoblistException when the address cannot be listened on, e.g. the port is taken
     */
    static DaemonServer start(ServerConfig config, Health health, DaemonMetrics metrics) {
        Objects.requireNonNull(health, "health");
        Objects.requireNonNull(metrics, "metrics");
        HttpServer server;
        try {
            server = HttpServer.create(new InetSocketAddress(config.host(), config.port()), 0);
        } catch (IOException | UnresolvedAddressException e) {
            throw new JoblistException("server: cannot listen on " + config.host() + ":"
                    + config.port() + " (" + e + "); set another server.host or server.port", e);
        }
        DaemonServer daemonServer = new DaemonServer(server, health, metrics);
        server.createContext("/", daemonServer::answer);
        server.setExecutor(daemonServer.executor);
        server.start();
        LOG.info("server: answering /health and /metrics on http://{}:{}/",
                server.getAddress().getHostString(), server.getAddress().getPort());
        return daemonServer;
    }

    /** The address the server listens on. */
    InetSocketAddress address() {
        return server.getAddress();
    }

    private void answer(HttpExchange exchange) throws IOException {
        try (exchange) {
            String method = exchange.getRequestMethod();
            if (!method.equals("GET") && !method.equals("HEAD")) {
                exchange.getResponseHeaders().set("Allow", "GET, HEAD");
                send(exchange, 405, PLAIN_TEXT, "only GET and HEAD\n");
                return;
            }
            switch (exchange.getRequestURI().getPath()) {
                case "/health" -> {
                    Health.Answer answer = health.answer(HEALTH_TIMEOUT);
                    send(exchange, answer.status(), "application/json", answer.json() + "\n");
                }
                case "/metrics" -> send(exchange, 200, PROMETHEUS_TEXT, metrics.scrape());
                default -> send(exchange, 404, PLAIN_TEXT, "not found; try /health or /metrics\n");
            }
        } catch (RuntimeException e) {
            LOG.error("server: answering {} failed: {}", exchange.getRequestURI(), e.toString(),
                    e);
            throw e;
        }
    }

    private static void send(HttpExchange exchange, int status, String contentType, String body)
            throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", contentType);
        boolean head = exchange.getRequestMethod().equals("HEAD");
        exchange.sendResponseHeaders(status, head ? -1 : bytes.length);
        if (!head) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        }
    }

    /** Stops answering at once, and releases the port. */
    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
