package org.joblist.app;

import picocli.CommandLine.Command;

/** The top-level {@code joblist} command; the work is done by its subcommands. */
@Command(
        name = "joblist",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Keeps job-list READMEs current: reads postings from job boards, keeps one"
                + " deduplicated catalogue, and commits the published lists to git.",
        subcommands = {BackfillCommand.class, DaemonCommand.class, SourcesCommand.class,
                PublishCommand.class, StatusCommand.class},
        footer = {
            "",
            "Exit codes: 0 done; 1 done, but a source was blocked, rate limited or failed;"
                    + " 2 bad input (config, cassette, store or repository)."
        })
final class JoblistCommand {
}
