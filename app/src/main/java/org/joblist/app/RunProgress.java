package org.joblist.app;

import org.joblist.aggregate.SourceOutcome;
import org.joblist.config.SourceConfig;
import org.joblist.publish.PublishResult;

/** Told what a run is doing, so a person at a terminal can follow it. */
interface RunProgress {
    /** Shows nothing, for runs whose output is not a terminal. */
    RunProgress NONE = new RunProgress() {
    };

    default void sourceStarted(SourceConfig source) {
    }

    default void pageRead(SourceConfig source, int pages, int postings) {
    }

    default void sourceFinished(SourceOutcome outcome) {
    }

    default void published(PublishResult result) {
    }
}
