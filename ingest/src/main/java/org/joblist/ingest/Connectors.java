package org.joblist.ingest;

import java.util.Objects;
import okhttp3.HttpUrl;
import org.joblist.config.SourceConfig;
import org.joblist.config.SourceKind;
import org.joblist.ingest.adzuna.AdzunaConnector;
import org.joblist.ingest.arbeitnow.ArbeitnowConnector;
import org.joblist.ingest.ashby.AshbyConnector;
import org.joblist.ingest.greenhouse.GreenhouseConnector;
import org.joblist.ingest.hackernews.HackerNewsConnector;
import org.joblist.ingest.himalayas.HimalayasConnector;
import org.joblist.ingest.html.HtmlConnector;
import org.joblist.ingest.http.BoardClient;
import org.joblist.ingest.jsonld.JsonLdConnector;
import org.joblist.ingest.jobicy.JobicyConnector;
import org.joblist.ingest.lever.LeverConnector;
import org.joblist.ingest.personio.PersonioConnector;
import org.joblist.ingest.recruitee.RecruiteeConnector;
import org.joblist.ingest.remoteok.RemoteOkConnector;
import org.joblist.ingest.remotive.RemotiveConnector;
import org.joblist.ingest.rss.RssConnector;
import org.joblist.ingest.smartrecruiters.SmartRecruitersConnector;
import org.joblist.ingest.themuse.TheMuseConnector;
import org.joblist.ingest.usajobs.UsaJobsConnector;
import org.joblist.ingest.workable.WorkableConnector;
import org.joblist.ingest.workingnomads.WorkingNomadsConnector;

/** Picks the connector for a kind of source, and tells the board URL a source reads. */
public final class Connectors {
    private Connectors() {
    }

    /** A connector reading sources of the given kind through the shared client. */
    public static Connector forKind(SourceKind kind, BoardClient client) {
        Objects.requireNonNull(client, "client");
        return switch (kind) {
            case GREENHOUSE -> new GreenhouseConnector(client);
            case REMOTEOK -> new RemoteOkConnector(client);
            case LEVER -> new LeverConnector(client);
            case ASHBY -> new AshbyConnector(client);
            case SMARTRECRUITERS -> new SmartRecruitersConnector(client);
            case HIMALAYAS -> new HimalayasConnector(client);
            case ARBEITNOW -> new ArbeitnowConnector(client);
            case REMOTIVE -> new RemotiveConnector(client);
            case JOBICY -> new JobicyConnector(client);
            case WORKABLE -> new WorkableConnector(client);
            case RECRUITEE -> new RecruiteeConnector(client);
            case PERSONIO -> new PersonioConnector(client);
            case THEMUSE -> new TheMuseConnector(client);
            case WORKINGNOMADS -> new WorkingNomadsConnector(client);
            case ADZUNA -> new AdzunaConnector(client);
            case USAJOBS -> new UsaJobsConnector(client);
            case RSS -> new RssConnector(client);
            case HACKERNEWS -> new HackerNewsConnector(client);
            case JSONLD -> new JsonLdConnector(client);
            case HTML -> new HtmlConnector(client);
        };
    }

    /**
     * The URL the source's connector fetches first, for messages and progress.
     *
     * @throws IllegalArgumentException when the source lacks what its kind needs to build one,
     *     e.g. a Greenhouse source with neither a board nor a url
     */
    public static HttpUrl boardUrl(SourceConfig source) {
        return switch (source.kind()) {
            case GREENHOUSE -> GreenhouseConnector.boardUrl(source);
            case REMOTEOK -> RemoteOkConnector.boardUrl(source);
            case LEVER -> LeverConnector.boardUrl(source);
            case ASHBY -> AshbyConnector.boardUrl(source);
            case SMARTRECRUITERS -> SmartRecruitersConnector.boardUrl(source);
            case HIMALAYAS -> HimalayasConnector.boardUrl(source);
            case ARBEITNOW -> ArbeitnowConnector.boardUrl(source);
            case REMOTIVE -> RemotiveConnector.boardUrl(source);
            case JOBICY -> JobicyConnector.boardUrl(source);
            case WORKABLE -> WorkableConnector.boardUrl(source);
            case RECRUITEE -> RecruiteeConnector.boardUrl(source);
            case PERSONIO -> PersonioConnector.boardUrl(source);
            case THEMUSE -> TheMuseConnector.boardUrl(source);
            case WORKINGNOMADS -> WorkingNomadsConnector.boardUrl(source);
            case ADZUNA -> AdzunaConnector.boardUrl(source);
            case USAJOBS -> UsaJobsConnector.boardUrl(source);
            case RSS -> RssConnector.boardUrl(source);
            case HACKERNEWS -> HackerNewsConnector.boardUrl(source);
            case JSONLD -> JsonLdConnector.boardUrl(source);
            case HTML -> HtmlConnector.boardUrl(source);
        };
    }
}
