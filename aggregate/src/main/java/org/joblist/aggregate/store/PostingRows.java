package org.joblist.aggregate.store;

import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import org.joblist.aggregate.DatePrecision;
import org.joblist.aggregate.EmploymentType;
import org.joblist.aggregate.Location;
import org.joblist.aggregate.PostedDate;
import org.joblist.aggregate.Posting;
import org.joblist.aggregate.StoredPosting;
import org.joblist.ingest.PayPeriod;
import org.joblist.ingest.SalaryOrigin;
import org.joblist.ingest.SalaryRange;
import org.joblist.ingest.WorkplaceType;
import org.jspecify.annotations.Nullable;

/** Maps postings to rows of the {@code postings} table and back. */
final class PostingRows {
    /** The content columns in the order {@link #bindContent} binds them. */
    static final String CONTENT_COLUMNS = "company, title, location, workplace_type, posted_at,"
            + " apply_url, content_hash, company_key, locations, applicant_locations,"
            + " employment_type, posted_precision, posted_bound, posted_text, canonical_url,"
            + " salary_min, salary_max, salary_currency, salary_period, salary_origin,"
            + " salary_text, description, skills, category, company_url";
    static final int CONTENT_COUNT = CONTENT_COLUMNS.split(",").length;

    /** The content columns as {@code column = ?} for an update, in binding order. */
    static final String CONTENT_ASSIGNMENTS = String.join(", ", Arrays.stream(
            CONTENT_COLUMNS.split(",")).map(c -> c.trim() + " = ?").toList());

    private static final String SELECT = "SELECT source_id, external_id, " + CONTENT_COLUMNS
            + ", first_seen_at, last_seen_at, closed_at, reopened_at FROM postings";
    private static final String ORDER = " ORDER BY COALESCE(posted_at, posted_bound,"
            + " first_seen_at) DESC, company, title, location, source_id, external_id";

    static final String SELECT_IN_PUBLICATION_ORDER = SELECT + " WHERE closed_at IS NULL" + ORDER;
    static final String SELECT_CLOSED_SINCE =
            SELECT + " WHERE closed_at IS NOT NULL AND closed_at >= ?" + ORDER;

    // Unit and record separators cannot occur in normalized text.
    private static final String FIELD = "\u001f";
    private static final String RECORD = "\u001e";

    private PostingRows() {
    }

    /**
     * Binds the content columns from {@code first} on; returns the next free index. Text loses
     * any U+0000, which PostgreSQL cannot store (H2 could), so both keep the same.
     */
    static int bindContent(PreparedStatement statement, int first, Posting posting, String hash)
            throws SQLException {
        int index = first;
        statement.setString(index++, text(posting.company()));
        statement.setString(index++, text(posting.title()));
        statement.setString(index++, text(posting.location()));
        statement.setString(index++, lower(posting.workplaceType()));
        SqlTimes.set(statement, index++, posting.postedAt());
        statement.setString(index++, text(posting.applyUrl()));
        statement.setString(index++, hash);
        statement.setString(index++, text(posting.companyKey()));
        statement.setString(index++, text(encode(posting.locations())));
        statement.setString(index++, text(encode(posting.applicantLocations())));
        statement.setString(index++, lower(posting.employmentType()));
        statement.setString(index++, lower(posting.posted().precision()));
        SqlTimes.set(statement, index++, posting.posted().bound());
        statement.setString(index++, text(posting.posted().text()));
        statement.setString(index++, text(posting.canonicalUrl()));
        index = bindSalary(statement, index, posting.salary());
        statement.setString(index++, text(posting.salaryText()));
        statement.setString(index++, text(posting.description()));
        statement.setString(index++, text(String.join(FIELD, posting.skills())));
        statement.setString(index++, text(posting.category()));
        statement.setString(index++, text(posting.companyUrl()));
        return index;
    }

    private static int bindSalary(PreparedStatement statement, int first,
            @Nullable SalaryRange salary) throws SQLException {
        int index = first;
        if (salary == null) {
            statement.setNull(index++, Types.NUMERIC);
            statement.setNull(index++, Types.NUMERIC);
            statement.setNull(index++, Types.VARCHAR);
            statement.setNull(index++, Types.VARCHAR);
            statement.setNull(index++, Types.VARCHAR);
            return index;
        }
        statement.setBigDecimal(index++, salary.min());
        statement.setBigDecimal(index++, salary.max());
        statement.setString(index++, salary.currency().getCurrencyCode());
        statement.setString(index++, lower(salary.period()));
        statement.setString(index++, lower(salary.origin()));
        return index;
    }

    static StoredPosting read(ResultSet row) throws SQLException {
        Posting posting = Posting.builder(row.getString("source_id"), row.getString("external_id"))
                .company(row.getString("company"))
                .companyKey(row.getString("company_key"))
                .companyUrl(row.getString("company_url"))
                .title(row.getString("title"))
                .location(row.getString("location"))
                .locations(decode(row.getString("locations")))
                .applicantLocations(decode(row.getString("applicant_locations")))
                .workplaceType(WorkplaceType.valueOf(upper(row.getString("workplace_type"))))
                .employmentType(EmploymentType.valueOf(upper(row.getString("employment_type"))))
                .posted(new PostedDate(SqlTimes.get(row, "posted_at"),
                        DatePrecision.valueOf(upper(row.getString("posted_precision"))),
                        SqlTimes.get(row, "posted_bound"), row.getString("posted_text")))
                .applyUrl(row.getString("apply_url"))
                .canonicalUrl(row.getString("canonical_url"))
                .salary(salary(row))
                .salaryText(row.getString("salary_text"))
                .description(row.getString("description"))
                .skills(split(row.getString("skills"), FIELD))
                .category(row.getString("category"))
                .build();
        return new StoredPosting(posting, SqlTimes.require(row, "first_seen_at"),
                SqlTimes.require(row, "last_seen_at"), SqlTimes.get(row, "closed_at"),
                SqlTimes.get(row, "reopened_at"));
    }

    private static @Nullable SalaryRange salary(ResultSet row) throws SQLException {
        BigDecimal min = row.getBigDecimal("salary_min");
        if (min == null) {
            return null;
        }
        return new SalaryRange(plain(min), plain(row.getBigDecimal("salary_max")),
                Currency.getInstance(row.getString("salary_currency")),
                PayPeriod.valueOf(upper(row.getString("salary_period"))),
                SalaryOrigin.valueOf(upper(row.getString("salary_origin"))));
    }

    /** 41000.00 as 41000 and 27.50 as 27.5, never 4.1E+4. */
    private static BigDecimal plain(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    private static String encode(List<Location> locations) {
        List<String> records = new ArrayList<>();
        for (Location location : locations) {
            records.add(part(location.city()) + FIELD + part(location.region()) + FIELD
                    + part(location.country()));
        }
        return String.join(RECORD, records);
    }

    private static List<Location> decode(String text) {
        List<Location> locations = new ArrayList<>();
        for (String record : split(text, RECORD)) {
            String[] parts = record.split(FIELD, -1);
            locations.add(new Location(blank(parts[0]), blank(parts[1]), blank(parts[2])));
        }
        return locations;
    }

    private static List<String> split(String text, String separator) {
        return text.isEmpty() ? List.of() : List.of(text.split(separator, -1));
    }

    private static String part(@Nullable String text) {
        return text == null ? "" : text;
    }

    private static @Nullable String blank(String text) {
        return text.isEmpty() ? null : text;
    }

    private static @Nullable String text(@Nullable String value) {
        return value == null || value.indexOf('\u0000') < 0 ? value : value.replace("\u0000", "");
    }

    private static String lower(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT);
    }

    private static String upper(String text) {
        return text.toUpperCase(Locale.ROOT);
    }
}
