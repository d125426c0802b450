package org.joblist.ingest.http;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.DoubleSupplier;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import org.joblist.config.HttpConfig;
import org.joblist.ingest.BlockedException;
import org.joblist.ingest.FetchException;
import org.joblist.ingest.NotModifiedException;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one HTTP client every connector shares: it sends the configured user agent, keeps to the
 * timeouts and to a per-host rate limit, retries what a board asks to retry (honouring
 * {@code Retry-After}), tells a bot challenge from a board's answer, sends conditional GETs,
 * caps the size of a response body, and records to or replays from a cassette. Whatever goes
 * wrong with a request becomes a {@link FetchException} naming the source, the URL and, in a few
 * words, what was wrong. Thread-safe.
 *
 * <pre>{@code
 * try (BoardClient client = BoardClient.builder(config.http()).replay(replayDir).build()) {
 *     Summary summary = client.get("gitlab", url, "application/json", body -> parse(body));
 * }
 * }</pre>
 *
 * <p>A replayed run neither waits nor retries: a cassette answers at once, and the same way
 * every time.
 */
public final class BoardClient implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(BoardClient.class);

    private final OkHttpClient http;
    private final String userAgent;
    private final RetryPolicy retries;
    private final Clock clock;
    private final Sleeper sleeper;
    private final ValidatorStore validators;
    private final RetryListener retryListener;
    private final RobotsRules robots;

    private BoardClient(Builder builder, OkHttpClient http, RetryPolicy retries,
            ValidatorStore validators, @Nullable HostThrottle throttle) {
        this.http = http;
        this.userAgent = builder.config.userAgent();
        this.retries = retries;
        this.clock = builder.clock;
        this.sleeper = builder.sleeper;
        this.validators = validators;
        this.retryListener = builder.retryListener;
        this.robots = new RobotsRules(userAgent, this::robotsTxt,
                throttle == null ? (host, delay) -> { } : throttle::slowDown);
    }

    /**
     * Creates a client that goes to the network, and records every exchange when
     * {@code record} is given, or answers every request from the cassette {@code replay}.
     *
     * @param record a cassette directory to record into (created when needed); null for none
     * @param replay a cassette directory to replay; null to go to the network
     * @throws CassetteException when a cassette cannot be read or written
     * @throws IllegalArgumentException when both {@code record} and {@code replay} are given
     */
    public static BoardClient create(HttpConfig config, @Nullable Path record,
            @Nullable Path replay) {
        return builder(config).record(record).replay(replay).build();
    }

    /** Starts a client with the real clock and sleeper, no cassette and no validator store. */
    public static Builder builder(HttpConfig config) {
        return new Builder(config);
    }

    /**
     * GETs a URL and hands the body, as it streams in, to a reader.
     *
     * @param sourceId the source the request is for, named in errors
     * @param accept the Accept header, e.g. {@code application/json}
     * @return what the reader made of the body
     * @throws BlockedException for a bot challenge, or an HTML page where the Accept header asks
     *     for JSON or XML
     * @throws FetchException for a non-2xx status after the retries, an I/O failure, a body
     *     longer than the cap, a body that is not (complete) JSON or not what the reader expects,
     *     or a request the replayed cassette has no exchange for
     */
    public <T> T get(String sourceId, HttpUrl url, String accept, BodyReader<T> reader) {
        return get(sourceId, url, accept, Map.of(), reader);
    }

    /**
     * Like {@link #get(String, HttpUrl, String, BodyReader)}, with request headers a source needs
     * (an API key, a User-Agent its terms ask for); they replace the client's own.
     */
    public <T> T get(String sourceId, HttpUrl url, String accept, Map<String, String> headers,
            BodyReader<T> reader) {
        return fetch(sourceId, url, accept, headers, reader, false);
    }

    /**
     * Like {@link #get}, but sends the URL's stored validators, so a board whose answer has not
     * changed can say so with 304. Meant for a board that comes in one response: a 304 for one
     * page of several says nothing about the others.
     *
     * @throws NotModifiedException when the board answers 304 Not Modified
     */
    public <T> T getIfModified(String sourceId, HttpUrl url, String accept,
            BodyReader<T> reader) {
        return fetch(sourceId, url, accept, Map.of(), reader, true);
    }

    /**
     * Whether the site's robots.txt lets joblist (the product name of the user agent) read a URL.
     * The file is fetched once per site and client, through the same pacing, retries and
     * cassette as every request: a missing file (4xx) allows everything, a server error (5xx)
     * nothing. A replayed cassette without the site's robots.txt allows everything. Meant for
     * sources that read web pages rather than a board's API.
     *
     * @throws FetchException when robots.txt cannot be fetched at all, e.g. the host is down
     */
    public boolean allowedByRobots(String sourceId, HttpUrl url) {
        return robots.isAllowed(sourceId, url);
    }

    private RobotsRules.RobotsTxt robotsTxt(String sourceId, HttpUrl robotsUrl) {
        Request request = request(robotsUrl, "text/plain", Map.of(), null);
        try (Response response = send(sourceId, request).response()) {
            byte[] body = response.isSuccessful() ? response.body().bytes() : new byte[0];
            return new RobotsRules.RobotsTxt(
                    response.code(), body, response.header("Content-Type"));
        } catch (IOException e) {
            throw new FetchException(sourceId, SecretParameters.shown(robotsUrl), null,
                    FailureReasons.of(e), e);
        } catch (FetchException e) {
            if (e.getCause() instanceof NotInCassetteException) {
                LOG.debug("source {}: {} is not in the cassette; allowing all", sourceId,
                        robotsUrl);
                return new RobotsRules.RobotsTxt(404, new byte[0], null);
            }
            throw e;
        }
    }

    private <T> T fetch(String sourceId, HttpUrl url, String accept, Map<String, String> headers,
            BodyReader<T> reader, boolean conditional) {
        Validators known = conditional ? validators.find(url.toString()) : null;
        Request request = request(url, accept, headers, known);
        Answer answer = send(sourceId, request);
        try (Response response = answer.response()) {
            LOG.debug("source {}: GET {} answered {} in {} ms", sourceId, SecretParameters.shown(url),
                    response.code(),
                    response.receivedResponseAtMillis() - response.sentRequestAtMillis());
            if (response.code() == 304) {
                throw new NotModifiedException(sourceId, SecretParameters.shown(url));
            }
            String blocked = BlockDetector.reason(response, accept);
            if (blocked != null) {
                throw new BlockedException(sourceId, SecretParameters.shown(url), response.code(), blocked);
            }
            if (!response.isSuccessful()) {
                throw new FetchException(sourceId, SecretParameters.shown(url), response.code(),
                        "HTTP " + response.code() + answer.retried(), null);
            }
            if (conditional) {
                remember(sourceId, url, response);
            }
            return reader.read(response.body().byteStream());
        } catch (IOException e) {
            throw new FetchException(sourceId, SecretParameters.shown(url), null, FailureReasons.of(e), e);
        }
    }

    private Request request(HttpUrl url, String accept, Map<String, String> headers,
            @Nullable Validators known) {
        Request.Builder request = new Request.Builder()
                .url(url)
                .header("User-Agent", userAgent)
                .header("Accept", accept);
        headers.forEach(request::header);
        if (known != null && known.etag() != null) {
            request.header("If-None-Match", known.etag());
        }
        if (known != null && known.lastModified() != null) {
            request.header("If-Modified-Since", known.lastModified());
        }
        return request.build();
    }

    private void remember(String sourceId, HttpUrl url, Response response) {
        String etag = response.header("ETag");
        String lastModified = response.header("Last-Modified");
        if (etag != null || lastModified != null) {
            validators.remember(sourceId, url.toString(), new Validators(etag, lastModified));
        }
    }

    /**
     * A response, how often its request was retried to get it, and when a {@code Retry-After}
     * stopped the retries, how long it asked to wait.
     */
    private record Answer(Response response, int retries, @Nullable Duration retryAfter) {
        /** Words to add to an error status, e.g. " after 4 retries". */
        String retried() {
            if (retryAfter != null) {
                return BoardClient.retried(retries) + " (Retry-After asks to wait "
                        + retryAfter.toSeconds() + " s, past http.maxRetryTime)";
            }
            return BoardClient.retried(retries);
        }
    }

    /** Words to add to a failure, e.g. " after 4 retries"; nothing for none. */
    private static String retried(int retries) {
        return retries == 0 ? "" : " after " + retries + (retries == 1 ? " retry" : " retries");
    }

    /**
     * Sends a request, retrying it as the policy allows; returns the last response, which may
     * have an error status the caller reports.
     */
    private Answer send(String sourceId, Request request) {
        Duration waited = Duration.ZERO;
        for (int retry = 1; ; retry++) {
            Response response = null;
            String problem;
            Duration delay;
            // What a Retry-After asked when it alone kept the request from being retried.
            Duration refused = null;
            try {
                response = http.newCall(request).execute();
                problem = "HTTP " + response.code();
                boolean retryable = isRetryable(response);
                String retryAfter = response.header("Retry-After");
                delay = retryable
                        ? retries.delay(retry, retryAfter, clock.instant(), waited)
                        : null;
                if (retryable && delay == null && retry <= retries.retries()) {
                    refused = RetryAfter.parse(retryAfter, clock.instant());
                }
            } catch (IOException e) {
                closeQuietly(response);
                problem = FailureReasons.of(e);
                delay = isTransient(e) ? retries.delay(retry, null, clock.instant(), waited) : null;
                if (delay == null) {
                    throw new FetchException(sourceId, SecretParameters.shown(request.url()), null,
                            problem + retried(retry - 1), e);
                }
                response = null;
            }
            if (delay == null && response != null) {
                return new Answer(response, retry - 1, refused);
            }

            closeQuietly(response);
            LOG.warn("source {}: GET {}: {}; retry {} of {} in {} ms", sourceId,
                    SecretParameters.shown(request.url()),
                    problem, retry, retries.retries(), delay.toMillis());
            retryListener.retrying(sourceId, request.url().host());
            waited = waited.plus(delay);
            sleep(sourceId, request, delay);
        }
    }

    private static void closeQuietly(@Nullable Response response) {
        if (response != null) {
            response.close();
        }
    }

    /** A retryable status that is not a bot challenge, which no retry gets past. */
    private static boolean isRetryable(Response response) throws IOException {
        return RetryPolicy.isRetryable(response.code())
                && BlockDetector.reason(response, "*/*") == null;
    }

    /** An I/O failure on the way, not one of ours about the body or the cassette. */
    private static boolean isTransient(IOException e) {
        return !(e instanceof BodyTooLargeException || e instanceof NotInCassetteException);
    }

    private void sleep(String sourceId, Request request, Duration delay) {
        try {
            sleeper.sleep(delay);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new FetchException(sourceId, SecretParameters.shown(request.url()), null,
                    "interrupted while waiting to retry", e);
        }
    }

    /** Releases the client's threads and connections. A recording is complete at all times. */
    @Override
    public void close() {
        http.dispatcher().executorService().shutdown();
        http.connectionPool().evictAll();
    }

    /** Configures a {@link BoardClient}; every setting but the config has a default. */
    public static final class Builder {
        private final HttpConfig config;
        private @Nullable Path record;
        private @Nullable Path replay;
        private Clock clock = Clock.systemUTC();
        private Sleeper sleeper = Sleeper.REAL;
        private DoubleSupplier random = () -> ThreadLocalRandom.current().nextDouble();
        private ValidatorStore validators = ValidatorStore.NONE;
        private RetryListener retryListener = RetryListener.NONE;

        private Builder(HttpConfig config) {
            this.config = Objects.requireNonNull(config, "config");
        }

        /** A cassette directory to record into (created when needed); null for none. */
        public Builder record(@Nullable Path record) {
            this.record = record;
            return this;
        }

        /** A cassette directory to answer every request from; null to go to the network. */
        public Builder replay(@Nullable Path replay) {
            this.replay = replay;
            return this;
        }

        /** The clock that dates {@code Retry-After} and paces hosts. */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /** What waits between retries and between requests to a host. */
        public Builder sleeper(Sleeper sleeper) {
            this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
            return this;
        }

        /** Numbers in [0, 1) that spread the backoff waits. */
        public Builder random(DoubleSupplier random) {
            this.random = Objects.requireNonNull(random, "random");
            return this;
        }

        /** Where the validators of conditional GETs are kept; none by default. */
        public Builder validators(ValidatorStore validators) {
            this.validators = Objects.requireNonNull(validators, "validators");
            return this;
        }

        /** Told of every retry; none by default. */
        public Builder retryListener(RetryListener retryListener) {
            this.retryListener = Objects.requireNonNull(retryListener, "retryListener");
            return this;
        }

        /**
         * @throws CassetteException when a cassette cannot be read or written
         * @throws IllegalArgumentException when both a record and a replay directory are given
         */
        public BoardClient build() {
            if (record != null && replay != null) {
                throw new IllegalArgumentException(
                        "record " + record + " and replay " + replay + " exclude each other");
            }

            OkHttpClient.Builder http = new OkHttpClient.Builder()
                    .connectTimeout(config.connectTimeout())
                    .readTimeout(config.readTimeout());
            // A cassette answers at once and the same way every time: no pacing, no retries.
            HostThrottle throttle = replay == null
                    ? new HostThrottle(config.hostInterval(), clock, sleeper)
                    : null;
            if (throttle != null) {
                http.addInterceptor(throttle);
            }
            // The cap sits between the recorder and the network, so a recording holds no body
            // past the cap, and in front of replay, so hand-written cassettes keep to it too.
            if (record != null) {
                http.addInterceptor(new RecordInterceptor(CassetteWriter.open(record)));
            }
            http.addInterceptor(new SizeCapInterceptor(config.maxResponseBytes()));
            if (replay != null) {
                http.addInterceptor(ReplayInterceptor.load(replay));
            }

            RetryPolicy retries = new RetryPolicy(replay == null ? config.retries() : 0,
                    config.retryBackoff(), config.maxRetryTime(), random);
            // A recording keeps whole bodies: a 304 would replace a board's body in the cassette.
            ValidatorStore kept = record == null ? validators : ValidatorStore.NONE;
            return new BoardClient(this, http.build(), retries, kept, throttle);
        }
    }
}
