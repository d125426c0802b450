package org.joblist.aggregate.normalize;

import java.util.regex.Pattern;
import org.joblist.ingest.WorkplaceType;

/**
 * Decides a posting's workplace type from, in this order: the source's structured field, an
 * explicit statement in the title or description ("fully on-site", "no remote", "hybrid role",
 * "fully remote"), and a label in the location ("Remote"). {@link WorkplaceType#UNKNOWN} when
 * nothing says.
 */
final class WorkplaceTypes {
    private static final String ONSITE = "on[- ]?site|in[- ]office|in[- ]person";
    private static final Pattern NOT_REMOTE = Pattern.compile("(?i)\\b(?:"
            + "(?:fully|100\\s?%|entirely|strictly|exclusively)\\s+(?:" + ONSITE + ")"
            + "|(?:" + ONSITE + ")\\s+only"
            + "|no\\s+remote|not\\s+(?:a\\s+)?remote|non[- ]remote"
            + "|remote(?:\\s+(?:or|and)\\s+hybrid)?\\s+(?:work\\s+)?(?:is\\s+)?not\\s+"
            + "(?:available|possible|an\\s+option|offered)"
            + "|(?:this|the)\\s+(?:is\\s+an?\\s+)?(?:role|position|job)\\s+is\\s+(?:" + ONSITE
            + ")(?!\\s+or)"
            + "|this\\s+is\\s+an?\\s+(?:" + ONSITE + ")\\s+(?:role|position|job))");
    private static final Pattern HYBRID = Pattern.compile("(?i)\\b(?:hybrid\\s+(?:role|position"
            + "|job|work(?:ing)?\\s+(?:model|arrangement|setup)|schedule|model)"
            + "|\\d\\s+days?\\s+(?:a|per)\\s+week\\s+(?:in|at)\\s+(?:the|our)\\s+office"
            + "|this\\s+(?:role|position|job)\\s+is\\s+hybrid)");
    private static final Pattern REMOTE = Pattern.compile("(?i)\\b(?:fully\\s+remote"
            + "|100\\s?%\\s+remote|remote[- ]first|work\\s+from\\s+anywhere"
            + "|(?:this|the)\\s+(?:role|position|job)\\s+is\\s+(?:fully\\s+)?remote)");

    private WorkplaceTypes() {
    }

    static WorkplaceType decide(WorkplaceType structured, String text, WorkplaceType label) {
        if (structured != WorkplaceType.UNKNOWN) {
            return structured;
        }
        WorkplaceType stated = stated(text);
        return stated != WorkplaceType.UNKNOWN ? stated : label;
    }

    /** What the text says outright; a statement against remote work wins over the others. */
    static WorkplaceType stated(String text) {
        if (NOT_REMOTE.matcher(text).find()) {
            return WorkplaceType.ONSITE;
        }
        if (HYBRID.matcher(text).find()) {
            return WorkplaceType.HYBRID;
        }
        if (REMOTE.matcher(text).find()) {
            return WorkplaceType.REMOTE;
        }
        return WorkplaceType.UNKNOWN;
    }
}
