package org.joblist.ingest.hackernews;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jspecify.annotations.Nullable;

/**
 * The first line of a "Who is hiring?" comment, split by the thread's convention
 * {@code Company | Role | Location | ...}. After company and role, each part is read by what
 * it looks like: an employment type, a salary, another role (joined to the title with " / "),
 * or a location (the first other part, and any naming a place, remote, on-site or hybrid work);
 * the rest stays in the description only. A first line without "|" gives the company, and the
 * next line the title.
 *
 * @param company the first part
 * @param title the role(s)
 * @param locations the parts that are neither type, salary nor role
 * @param employmentType the part naming the employment type; null when none does
 * @param salaryText the part naming pay; null when none does
 */
record HiringComment(String company, String title, List<String> locations,
        @Nullable String employmentType, @Nullable String salaryText) {
    private static final Pattern LINE_BREAK = Pattern.compile("(?i)<p>|<br\\s*/?>|\n");
    private static final Pattern TYPE = Pattern.compile(
            "(?i).*\\b(full[- ]?time|part[- ]?time|contract|contractor|freelance|intern(ship)?"
                    + "|permanent|temporary)\\b.*");
    private static final Pattern SALARY = Pattern.compile(
            "(?i).*([$€£¥]\\s?\\d|\\d\\s?[kK]\\b|\\b(salary|equity|usd|eur|gbp)\\b).*");
    private static final Pattern ROLE = Pattern.compile(
            "(?i).*\\b(engineer|developer|advocate|specialist|manager|designer|scientist"
                    + "|analyst|architect|lead|director|head of|sre|devops|recruiter|writer)\\b.*");
    private static final Pattern PLACE = Pattern.compile(
            "(?i).*(,|\\bremote\\b|\\bonsite\\b|\\bon-site\\b|\\bhybrid\\b|\\butc\\b).*");

    /** Reads a comment's HTML; null when its first line holds no company. */
    static @Nullable HiringComment parse(String html) {
        String[] lines = LINE_BREAK.split(html, 3);
        String first = text(lines[0]);
        if (first.isEmpty()) {
            return null;
        }
        if (!first.contains("|")) {
            String second = lines.length > 1 ? text(lines[1]) : "";
            return new HiringComment(first, second.isEmpty() ? first : second, List.of(), null,
                    null);
        }
        List<String> parts = new ArrayList<>();
        for (String part : first.split("\\|")) {
            if (!part.isBlank()) {
                parts.add(part.strip());
            }
        }
        String title = parts.size() > 1 ? parts.get(1) : "";
        List<String> locations = new ArrayList<>();
        String type = null;
        String salary = null;
        for (String part : parts.subList(Math.min(2, parts.size()), parts.size())) {
            if (salary == null && SALARY.matcher(part).matches()) {
                salary = part;
            } else if (type == null && TYPE.matcher(part).matches()) {
                type = part;
            } else if (ROLE.matcher(part).matches() && !PLACE.matcher(part).matches()) {
                title = title + " / " + part;
            } else if (locations.isEmpty() || PLACE.matcher(part).matches()) {
                locations.add(part);
            }
        }
        return new HiringComment(parts.get(0), title, locations, type, salary);
    }

    /** A line's text with HTML entities decoded and tags dropped. */
    private static String text(String html) {
        return Jsoup.parse(html).text().strip();
    }
}
