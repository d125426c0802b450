package org.joblist.app;

import java.io.PrintStream;
import java.util.Objects;
import org.joblist.aggregate.SourceOutcome;
import org.joblist.config.SourceConfig;
import org.joblist.publish.PublishResult;

/**
 * Progress for a person at a terminal: a line per source that counts pages and postings while it
 * is read and then says how it ended, and a line per publication.
 */
final class TerminalProgress implements RunProgress {
    /** Erases the rest of the line after a carriage return. */
    private static final String ERASE_LINE = "\u001b[K";

    private final PrintStream out;

    TerminalProgress(PrintStream out) {
        this.out = Objects.requireNonNull(out, "out");
    }

    @Override
    public void sourceStarted(SourceConfig source) {
        out.print("\r" + source.id() + ": reading..." + ERASE_LINE);
        out.flush();
    }

    @Override
    public void pageRead(SourceConfig source, int pages, int postings) {
        out.print("\r" + source.id() + ": " + plural(pages, "page") + ", "
                + plural(postings, "posting") + ERASE_LINE);
        out.flush();
    }

    @Override
    public void sourceFinished(SourceOutcome outcome) {
        out.print("\r" + ERASE_LINE);
        out.println(describe(outcome));
    }

    @Override
    public void published(PublishResult result) {
        out.println(describe(result));
    }

    /** One line on what publishing a publication did, e.g. "publication jobs: README.md, ...". */
    static String describe(PublishResult result) {
        String commit = result.commitId() == null
                ? "unchanged, no commit"
                : "committed " + result.commitId().substring(0, 7);
        String archives = result.archives().isEmpty()
                ? ""
                : " (" + plural(result.archives().size(), "archive file") + ")";
        return "publication " + result.publicationId() + ": " + result.file() + archives + ", "
                + plural(result.rows(), "row") + ", " + commit;
    }

    static String describe(SourceOutcome outcome) {
        String counts = plural(outcome.pages(), "page") + ", " + plural(outcome.seen(), "posting")
                + " (" + outcome.newCount() + " new, " + outcome.updated() + " updated"
                + (outcome.skipped() > 0 ? ", " + outcome.skipped() + " skipped" : "") + ")";
        String took = " in " + outcome.duration().toMillis() + " ms";
        return switch (outcome.status()) {
            case OK -> outcome.sourceId() + ": " + counts + took;
            case TRUNCATED -> outcome.sourceId() + ": TRUNCATED, " + counts + took + ": "
                    + outcome.message();
            case UNCHANGED -> outcome.sourceId() + ": unchanged, postings kept: "
                    + outcome.message();
            case BLOCKED, RATE_LIMITED, ERROR -> outcome.sourceId() + ": "
                    + outcome.status().name() + ", previous postings kept: " + outcome.message();
        };
    }

    private static String plural(int count, String noun) {
        return count + " " + noun + (count == 1 ? "" : "s");
    }
}
