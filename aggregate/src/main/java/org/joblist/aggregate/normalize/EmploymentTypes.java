package org.joblist.aggregate.normalize;

import java.util.Locale;
import java.util.regex.Pattern;
import org.joblist.aggregate.EmploymentType;
import org.jspecify.annotations.Nullable;

/**
 * Reads the employment type from the source's field ("Full-time", "FULL_TIME", "Vollzeit",
 * "Contract", ...), else from a label in the title ("Intern", "(Contract)", "Part-time").
 */
final class EmploymentTypes {
    private static final Pattern INTERNSHIP =
            Pattern.compile("(?i)\\b(?:intern|internship|praktikum|praktikant|trainee|stage)\\b");
    private static final Pattern PART_TIME =
            Pattern.compile("(?i)\\b(?:part[-_ ]?time|teilzeit|working student|werkstudent)");
    private static final Pattern CONTRACT =
            Pattern.compile("(?i)\\b(?:contract|contractor|freelance|freelancer|freiberuflich)");
    private static final Pattern TEMPORARY = Pattern.compile(
            "(?i)\\b(?:temporary|temp|seasonal|fixed[-_ ]term|befristet|interim)\\b");
    private static final Pattern FULL_TIME =
            Pattern.compile("(?i)\\b(?:full[-_ ]?time|permanent|vollzeit|festanstellung|regular)");

    private EmploymentTypes() {
    }

    static EmploymentType read(@Nullable String field, String title) {
        if (field != null && !field.isBlank()) {
            EmploymentType type = match(field.toLowerCase(Locale.ROOT));
            if (type != EmploymentType.UNKNOWN) {
                return type;
            }
        }
        return match(title);
    }

    private static EmploymentType match(String text) {
        if (INTERNSHIP.matcher(text).find()) {
            return EmploymentType.INTERNSHIP;
        }
        if (PART_TIME.matcher(text).find()) {
            return EmploymentType.PART_TIME;
        }
        if (CONTRACT.matcher(text).find()) {
            return EmploymentType.CONTRACT;
        }
        if (TEMPORARY.matcher(text).find()) {
            return EmploymentType.TEMPORARY;
        }
        if (FULL_TIME.matcher(text).find()) {
            return EmploymentType.FULL_TIME;
        }
        return EmploymentType.UNKNOWN;
    }
}
