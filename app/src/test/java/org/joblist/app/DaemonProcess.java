package org.joblist.app;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.fail;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * {@code joblist daemon} in a JVM of its own, on this test's class path, with its log lines
 * (standard error) collected as they come. {@link #stop} sends SIGTERM, as systemd does.
 */
final class DaemonProcess implements AutoCloseable {
    private final Process process;
    private final List<String> lines = new ArrayList<>();

    private DaemonProcess(Process process) {
        this.process = process;
        Thread reader = new Thread(this::collectLines, "daemon-log-" + process.pid());
        reader.setDaemon(true);
        reader.start();
    }

    static DaemonProcess start(Path dir, Path config, Path cassette) {
        return start(dir, config, cassette, Map.of());
    }

    /** Starts the daemon with these variables added to its environment. */
    static DaemonProcess start(Path dir, Path config, Path cassette,
            Map<String, String> environment) {
        Path java = Paths.get(System.getProperty("java.home"), "bin", "java");
        ProcessBuilder builder = new ProcessBuilder(java.toString(), "-Xmx256m",
                "-cp", System.getProperty("java.class.path"), Main.class.getName(), "daemon",
                "--config", config.toString(), "--replay", cassette.toString())
                .directory(dir.toFile())
                .redirectOutput(ProcessBuilder.Redirect.DISCARD);
        builder.environment().putAll(environment);
        try {
            return new DaemonProcess(builder.start());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Waits until the daemon logs a line that contains the text. */
    void awaitLine(String text, Duration timeout) {
        Deadline.await(timeout, "a line with \"" + text + "\" in " + this,
                () -> log().stream().anyMatch(line -> line.contains(text)));
    }

    /**
     * Sends SIGTERM. Through the process's handle: {@link Process#destroy} would also close the
     * pipe the daemon logs to, and the lines it writes while stopping would be lost.
     */
    void stop() {
        process.toHandle().destroy();
    }

    /** Kills the process with SIGKILL, as a machine that dies would stop it. */
    void kill() {
        process.toHandle().destroyForcibly();
    }

    /** Waits for the process to end; returns its exit status. */
    int awaitExit(Duration timeout) throws InterruptedException {
        if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            fail("the daemon did not exit within " + timeout.toSeconds() + " s: " + this);
        }
        return process.exitValue();
    }

    synchronized List<String> log() {
        return List.copyOf(lines);
    }

    @Override
    public String toString() {
        String state = process.isAlive() ? "running" : "exited " + process.exitValue();
        return "daemon " + process.pid() + " (" + state + ") logging " + log();
    }

    /** Kills what a failed test left running. */
    @Override
    public void close() {
        process.destroyForcibly();
    }

    private void collectLines() {
        try (BufferedReader err = new BufferedReader(
                new InputStreamReader(process.getErrorStream(), UTF_8))) {
            for (String line = err.readLine(); line != null; line = err.readLine()) {
                synchronized (this) {
                    lines.add(line);
                }
            }
        } catch (IOException e) {
            // The process ended; what it logged is kept.
        }
    }
}
