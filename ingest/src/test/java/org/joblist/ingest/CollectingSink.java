package org.joblist.ingest;

import java.util.ArrayList;
import java.util.List;

/** A sink that keeps every posting it is given, in order. */
public final class CollectingSink implements PostingSink {
    private final List<SourcePosting> postings = new ArrayList<>();
    private int pagesRead;

    @Override
    public void accept(SourcePosting posting) {
        postings.add(posting);
    }

    @Override
    public void pageRead(int pagesSoFar, int postingsSoFar) {
        pagesRead = pagesSoFar;
    }

    public List<SourcePosting> postings() {
        return postings;
    }

    public int pagesRead() {
        return pagesRead;
    }
}
