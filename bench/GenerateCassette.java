import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Random;
import org.joblist.ingest.http.CassetteWriter;

/**
 * Writes a large cassette for the replay benchmark: one Greenhouse board and one RemoteOK answer
 * with the given number of postings between them, shaped like the real payloads, with generated
 * text. The same arguments always give the same bytes.
 *
 * <pre>java -cp app/target/joblist.jar bench/GenerateCassette.java DIR POSTINGS</pre>
 */
public final class GenerateCassette {
    private static final String[] ROLES = {"Backend Engineer", "Senior Java Developer",
        "Platform Engineer", "Site Reliability Engineer", "Data Engineer", "Frontend Developer",
        "Full Stack Engineer", "Engineering Manager", "Product Designer", "QA Engineer"};
    private static final String[] PLACES = {"Remote, United States", "Berlin, Germany",
        "London, United Kingdom", "Toronto, ON", "Remote, Europe", "Austin, TX", "Lisbon",
        "Paris, France", "Bangalore, India", ""};
    private static final String PARAGRAPH = "<p>We build tools that help teams ship software."
            + " You will design services, review code, mentor colleagues and keep our systems"
            + " reliable. We value clear writing, small changes and tests that catch mistakes."
            + "</p><ul><li>Java or Kotlin</li><li>SQL databases</li><li>Cloud platforms</li></ul>";
    private static final Instant NEWEST = Instant.parse("2026-08-01T00:00:00Z");

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args[0]);
        int postings = Integer.parseInt(args[1]);
        Path scratch = Files.createTempDirectory("joblist-bench");

        Path greenhouse = scratch.resolve("greenhouse.json");
        Path remoteOk = scratch.resolve("remoteok.json");
        writeGreenhouse(greenhouse, postings / 2);
        writeRemoteOk(remoteOk, postings - postings / 2);

        CassetteWriter cassette = CassetteWriter.open(dir);
        cassette.add("GET", "https://boards-api.greenhouse.io/v1/boards/bench/jobs?content=true",
                200, "application/json", greenhouse);
        cassette.add("GET", "https://remoteok.com/api", 200, "application/json", remoteOk);
        Files.delete(greenhouse);
        Files.delete(remoteOk);
        Files.delete(scratch);
    }

    private static void writeGreenhouse(Path file, int count) throws IOException {
        Random random = new Random(1);
        try (JsonGenerator json = new JsonFactory().createGenerator(file.toFile(), JsonEncoding.UTF8)) {
            json.writeStartObject();
            json.writeArrayFieldStart("jobs");
            for (int i = 0; i < count; i++) {
                long id = 9_000_000_000L + i;
                json.writeStartObject();
                json.writeStringField("absolute_url", "https://job-boards.greenhouse.io/bench/jobs/" + id);
                json.writeNumberField("internal_job_id", 7_000_000_000L + i);
                json.writeObjectFieldStart("location");
                json.writeStringField("name", PLACES[random.nextInt(PLACES.length)]);
                json.writeEndObject();
                json.writeNumberField("id", id);
                String date = NEWEST.minus(random.nextInt(90 * 24), ChronoUnit.HOURS).toString();
                json.writeStringField("updated_at", date);
                json.writeStringField("title", ROLES[random.nextInt(ROLES.length)] + " &amp; Team " + i % 97);
                json.writeStringField("company_name", "Company " + random.nextInt(2_000));
                json.writeStringField("first_published", date);
                json.writeStringField("content", escape(PARAGRAPH + PARAGRAPH));
                json.writeArrayFieldStart("departments");
                json.writeStartObject();
                json.writeStringField("name", "Engineering");
                json.writeEndObject();
                json.writeEndArray();
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeEndObject();
        }
    }

    private static void writeRemoteOk(Path file, int count) throws IOException {
        Random random = new Random(2);
        try (JsonGenerator json = new JsonFactory().createGenerator(file.toFile(), JsonEncoding.UTF8)) {
            json.writeStartArray();
            json.writeStartObject();
            json.writeNumberField("last_updated", NEWEST.getEpochSecond());
            json.writeStringField("legal", "API Terms of Service: link back and credit.");
            json.writeEndObject();
            for (int i = 0; i < count; i++) {
                String id = Integer.toString(2_000_000 + i);
                long epoch = NEWEST.getEpochSecond() - random.nextInt(90 * 24 * 3600);
                json.writeStartObject();
                json.writeStringField("slug", "remote-bench-" + id);
                json.writeStringField("id", id);
                json.writeNumberField("epoch", epoch);
                json.writeStringField("date", Instant.ofEpochSecond(epoch).toString());
                json.writeStringField("company", "Remote Company " + random.nextInt(2_000));
                json.writeStringField("position", ROLES[random.nextInt(ROLES.length)]);
                json.writeArrayFieldStart("tags");
                json.writeString("backend");
                json.writeString("java");
                json.writeEndArray();
                json.writeStringField("description", PARAGRAPH);
                json.writeStringField("location", PLACES[random.nextInt(PLACES.length)]);
                json.writeNumberField("salary_min", random.nextBoolean() ? 0 : 80_000);
                json.writeNumberField("salary_max", random.nextBoolean() ? 0 : 120_000);
                json.writeStringField("url", "https://remoteOK.com/remote-jobs/remote-bench-" + id);
                json.writeEndObject();
            }
            json.writeEndArray();
        }
    }

    /** Greenhouse sends its content entity-escaped. */
    private static String escape(String html) {
        return html.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
                .replace("\"", "&quot;");
    }
}
