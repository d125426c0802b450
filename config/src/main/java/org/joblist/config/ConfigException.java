package org.joblist.config;

/**
 * Bad configuration, found at start before anything is fetched. The message is one line that
 * names the file, the key path, the bad value and what would be accepted, e.g.
 * {@code joblist.yml: sources[2].kind: "monster" is not a source kind (one of: greenhouse, remoteok)}.
 */
public final class ConfigException extends JoblistException {
    private static final long serialVersionUID = 1L;

    public ConfigException(String message) {
        super(message);
    }

    public ConfigException(String message, Throwable cause) {
        super(message, cause);
    }
}
