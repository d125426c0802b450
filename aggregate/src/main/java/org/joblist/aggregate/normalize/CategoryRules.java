package org.joblist.aggregate.normalize;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.joblist.aggregate.Posting;
import org.joblist.config.AggregateConfig.CategoryRule;

/**
 * A posting's category from ordered keyword rules on its title: the configured rules first, then
 * the built-in ones; the first rule with a keyword in the title (whole words, any case) wins, and
 * a title no rule matches is {@link Posting#OTHER}.
 */
public final class CategoryRules {
    /** The built-in rules, most specific first: "Full Stack" before "frontend" and "backend". */
    public static final List<CategoryRule> DEFAULTS = List.of(
            new CategoryRule("mobile", List.of("ios", "android", "mobile", "flutter",
                    "react native")),
            new CategoryRule("data", List.of("data engineer", "data scientist", "data analyst",
                    "data science", "machine learning", "ml engineer", "analytics engineer",
                    "ai engineer", "data")),
            new CategoryRule("devops", List.of("devops", "sre", "site reliability", "platform"
                    + " engineer", "infrastructure", "cloud engineer", "devsecops")),
            new CategoryRule("full stack", List.of("full stack", "fullstack", "full-stack")),
            new CategoryRule("frontend", List.of("frontend", "front-end", "front end",
                    "ui engineer", "web developer")),
            new CategoryRule("backend", List.of("backend", "back-end", "back end", "api",
                    "server", "golang", "java", "python", "ruby", "php", ".net")),
            new CategoryRule("security", List.of("security", "appsec", "penetration")),
            new CategoryRule("qa", List.of("qa", "sdet", "test engineer", "quality assurance")),
            new CategoryRule("design", List.of("designer", "ux", "ui/ux")),
            new CategoryRule("product", List.of("product manager", "product owner")),
            new CategoryRule("engineering", List.of("engineer", "developer", "programmer")));

    private record Compiled(String category, List<Pattern> keywords) {}

    private final List<Compiled> rules = new ArrayList<>();

    public CategoryRules(List<CategoryRule> configured) {
        List<CategoryRule> all = new ArrayList<>(configured);
        all.addAll(DEFAULTS);
        for (CategoryRule rule : all) {
            rules.add(new Compiled(rule.category(), rule.keywords().stream()
                    .map(word -> Pattern.compile("(?<![\\w.])" + Pattern.quote(word) + "(?!\\w)",
                            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE))
                    .toList()));
        }
    }

    public String categorize(String title) {
        for (Compiled rule : rules) {
            if (rule.keywords().stream().anyMatch(p -> p.matcher(title).find())) {
                return rule.category();
            }
        }
        return Posting.OTHER;
    }
}
