package org.joblist.aggregate.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Locale;
import org.joblist.aggregate.Posting;
import org.joblist.aggregate.StoredPosting;
import org.joblist.ingest.WorkplaceType;

/** Maps postings to rows of the {@code postings} table and back. */
final class PostingRows {
    /** The content columns in the order {@link #bindContent} binds them. */
    static final String CONTENT_COLUMNS =
            "company, title, location, workplace_type, posted_at, apply_url, content_hash";

    static final String SELECT_IN_PUBLICATION_ORDER = "SELECT source_id, external_id, "
            + CONTENT_COLUMNS + ", first_seen_at, last_seen_at FROM postings"
            + " ORDER BY COALESCE(posted_at, first_seen_at) DESC,"
            + " company, title, location, source_id, external_id";

    private PostingRows() {
    }

    /** Binds the content columns from {@code first} on; returns the next free index. */
    static int bindContent(PreparedStatement statement, int first, Posting posting, String hash)
            throws SQLException {
        int index = first;
        statement.setString(index++, posting.company());
        statement.setString(index++, posting.title());
        statement.setString(index++, posting.location());
        statement.setString(index++, posting.workplaceType().name().toLowerCase(Locale.ROOT));
        SqlTimes.set(statement, index++, posting.postedAt());
        statement.setString(index++, posting.applyUrl());
        statement.setString(index++, hash);
        return index;
    }

    static StoredPosting read(ResultSet row) throws SQLException {
        Posting posting = new Posting(
                row.getString("source_id"),
                row.getString("external_id"),
                row.getString("company"),
                row.getString("title"),
                row.getString("location"),
                WorkplaceType.valueOf(row.getString("workplace_type").toUpperCase(Locale.ROOT)),
                SqlTimes.get(row, "posted_at"),
                row.getString("apply_url"));
        return new StoredPosting(posting,
                SqlTimes.require(row, "first_seen_at"), SqlTimes.require(row, "last_seen_at"));
    }
}
