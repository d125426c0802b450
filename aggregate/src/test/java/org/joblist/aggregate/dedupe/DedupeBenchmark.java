package org.joblist.aggregate.dedupe;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.joblist.aggregate.Location;
import org.joblist.aggregate.PostedDate;
import org.joblist.aggregate.Posting;
import org.joblist.ingest.WorkplaceType;

/**
 * Measures {@link Deduplicator#cluster} on generated postings of several sizes and prints the
 * time per size and its ratio to the first size; not a test. A third of the postings are copies
 * of another on a second board, with the company written as a slug or with a legal form, the
 * title's words reordered, pluralized or one word longer ("Backend Software Developer"), and the
 * date up to three days off. Every original has a description of its own, which its copy shares.
 *
 * <pre>
 * java -cp ... org.joblist.aggregate.dedupe.DedupeBenchmark 100000 1000000
 * </pre>
 */
final class DedupeBenchmark {
    private static final String[] LEVELS = {"", "Senior ", "Junior ", "Lead ", "Staff "};
    private static final String[] ROLES = {"Backend Developer", "Frontend Engineer",
        "Data Scientist", "Product Manager", "DevOps Engineer", "QA Analyst", "Sales Manager",
        "Support Specialist", "iOS Developer", "Designer"};
    private static final String[][] CITIES = {{"Berlin", "DE"}, {"Munich", "DE"},
        {"London", "GB"}, {"Paris", "FR"}, {"Austin", "US"}, {"Toronto", "CA"}, {"Madrid", "ES"},
        {"Warsaw", "PL"}};
    private static final String[] WORDS = words(2_000);
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static final Instant START = Instant.parse("2026-01-01T00:00:00Z");

    private DedupeBenchmark() {
    }

    public static void main(String[] args) {
        Deduplicator deduplicator = new Deduplicator(Duration.ofDays(14));
        deduplicator.cluster(generate(20_000, 1));
        double first = 0;
        for (String arg : args) {
            int size = Integer.parseInt(arg);
            List<Posting> postings = generate(size, 7);
            System.gc();
            long started = System.nanoTime();
            long cpuStarted = THREADS.getCurrentThreadCpuTime();
            int clusters = deduplicator.cluster(postings).size();
            double seconds = (System.nanoTime() - started) / 1e9;
            double cpu = (THREADS.getCurrentThreadCpuTime() - cpuStarted) / 1e9;
            first = first == 0 ? cpu / size : first;
            System.out.printf(Locale.ROOT, "%,d postings: %,d clusters in %.2f s wall, %.2f s"
                    + " CPU (%.2f µs CPU per posting, %.2fx the first size's per-posting cost)%n",
                    size, clusters, seconds, cpu, cpu * 1e6 / size, cpu / size / first);
        }
    }

    static List<Posting> generate(int size, long seed) {
        Random random = new Random(seed);
        List<Posting> postings = new ArrayList<>(size);
        int companies = Math.max(1, size / 25);
        while (postings.size() < size) {
            int company = random.nextInt(companies);
            String title = LEVELS[random.nextInt(LEVELS.length)]
                    + ROLES[random.nextInt(ROLES.length)];
            String[] city = CITIES[random.nextInt(CITIES.length)];
            Instant posted = START.plus(Duration.ofHours(random.nextInt(24 * 200)));
            String description = description(random);
            int id = postings.size();
            postings.add(posting("ats" + (company % 5), id, "Company " + company + " GmbH",
                    title, city, posted, description,
                    "https://boards.greenhouse.io/c" + company + "/jobs/" + id));
            if (random.nextInt(3) == 0 && postings.size() < size) {
                String copyTitle = switch (random.nextInt(3)) {
                    case 0 -> title + "s";
                    case 1 -> String.join(" ", reversed(title.split(" ")));
                    default -> title.replaceFirst(" (?=\\S+$)", " Software ");
                };
                postings.add(posting("board" + random.nextInt(4), postings.size(),
                        "company" + company, copyTitle, city,
                        posted.plus(Duration.ofHours(random.nextInt(72))), description,
                        "https://board.example/jobs/" + postings.size()));
            }
        }
        return postings;
    }

    /** Thirty words of the vocabulary, as a job's description. */
    private static String description(Random random) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 30; i++) {
            text.append(WORDS[random.nextInt(WORDS.length)]).append(' ');
        }
        return text.toString();
    }

    private static String[] words(int count) {
        String[] words = new String[count];
        for (int i = 0; i < count; i++) {
            words[i] = "w" + Integer.toString(i, 26);
        }
        return words;
    }

    private static List<String> reversed(String[] words) {
        List<String> list = new ArrayList<>(List.of(words));
        Collections.reverse(list);
        return list;
    }

    private static Posting posting(String source, int id, String company, String title,
            String[] city, Instant posted, String description, String url) {
        return Posting.builder(source, Integer.toString(id))
                .company(company)
                .title(title)
                .location(city[0])
                .locations(List.of(new Location(city[0], null, city[1])))
                .workplaceType(WorkplaceType.ONSITE)
                .posted(PostedDate.exact(posted, null))
                .description(description)
                .applyUrl(url)
                .canonicalUrl(url)
                .build();
    }
}
