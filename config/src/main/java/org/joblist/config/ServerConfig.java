package org.joblist.config;

import java.util.Objects;

/**
 * Where {@code joblist daemon} answers {@code /health} and {@code /metrics} over HTTP. There is
 * no server unless a port is configured.
 *
 * <pre>{@code
 * server:
 *   port: 9464           # required to serve at all
 *   host: 127.0.0.1      # the default: loopback only
 * }</pre>
 *
 * @param host the address to listen on, a name or an IP literal
 * @param port the TCP port to listen on, 1 to 65535
 */
public record ServerConfig(String host, int port) {
    public static final String DEFAULT_HOST = "127.0.0.1";

    public ServerConfig {
        Objects.requireNonNull(host, "host");
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException("port " + port + " is not from 1 to 65535");
        }
    }
}
