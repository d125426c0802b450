package org.joblist.aggregate.dedupe;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.joblist.aggregate.Location;
import org.joblist.aggregate.Posting;
import org.joblist.aggregate.normalize.UrlCanon;
import org.joblist.ingest.WorkplaceType;

/**
 * Groups postings that are one job into {@link DuplicateCluster}s, in three tiers:
 *
 * <ol>
 *   <li>the same source and external id is the same posting;
 *   <li>the same job URL is the same job: the canonical apply URL, with the URL variants of one
 *       ATS job mapped to one key; a URL that several postings of one source share is a listing
 *       page and identifies nothing;
 *   <li>across sources, the same company key and the same title token set (stemmed, so word
 *       order and plurals do not matter), overlapping places and posted dates within the window
 *       are the same job; when places or dates are unknown on one side, the descriptions decide
 *       ({@link JobComparison}). Titles one word apart ("Backend Engineer", "Backend Software
 *       Engineer") are borderline: their places and dates must not differ, and the
 *       descriptions decide. A level word ("Senior", "Lead", "II") is never that one word.
 * </ol>
 *
 * <p>Candidates for the third tier come from blocking keys (company key plus the title's token
 * set and each set one token short, then place for large blocks), never from comparing all
 * pairs, so the cost grows linearly with the number of postings. The result does not depend on
 * the input's order. Thread-safe.
 */
public final class Deduplicator {
    /** A block larger than this is split by place before its pairs are compared. */
    private static final int LARGE_BLOCK = 64;

    private final JobComparison comparison;

    /** @param postedWithin the most two postings of one job may be posted apart */
    public Deduplicator(Duration postedWithin) {
        this.comparison = new JobComparison(postedWithin);
    }

    /** The clusters of the postings, ordered by their first source's id and external id. */
    public List<DuplicateCluster> cluster(Collection<Posting> input) {
        List<Posting> postings = distinctSorted(input);
        UnionFind groups = new UnionFind(postings.size());
        joinSameJobUrl(postings, groups);
        joinSameCompanyAndTitle(postings, groups);

        Map<Integer, List<Posting>> members = new LinkedHashMap<>();
        for (int i = 0; i < postings.size(); i++) {
            members.computeIfAbsent(groups.find(i), root -> new ArrayList<>()).add(postings.get(i));
        }
        List<DuplicateCluster> clusters = new ArrayList<>(members.size());
        for (List<Posting> group : members.values()) {
            clusters.add(Merger.merge(group));
        }
        return clusters;
    }

    /** Tier 1: one posting per source and external id, the greatest content winning a tie. */
    private static List<Posting> distinctSorted(Collection<Posting> input) {
        TreeMap<String, Posting> byKey = new TreeMap<>();
        for (Posting posting : input) {
            byKey.merge(key(posting), posting, (a, b) ->
                    a.toString().compareTo(b.toString()) >= 0 ? a : b);
        }
        return new ArrayList<>(byKey.values());
    }

    private static String key(Posting posting) {
        return posting.sourceId() + '\u001f' + posting.externalId();
    }

    /** Tier 2. */
    private static void joinSameJobUrl(List<Posting> postings, UnionFind groups) {
        Map<String, List<Integer>> byUrl = new HashMap<>();
        for (int i = 0; i < postings.size(); i++) {
            Posting posting = postings.get(i);
            if (posting.canonicalUrl() != null) {
                int index = i;
                UrlCanon.jobKey(posting.applyUrl()).ifPresent(url ->
                        byUrl.computeIfAbsent(url, u -> new ArrayList<>()).add(index));
            }
        }
        for (List<Integer> same : byUrl.values()) {
            if (same.size() > 1 && !sharedWithinOneSource(postings, same)) {
                same.forEach(i -> groups.union(same.get(0), i));
            }
        }
    }

    private static boolean sharedWithinOneSource(List<Posting> postings, List<Integer> indexes) {
        Map<String, Integer> perSource = new HashMap<>();
        for (int i : indexes) {
            if (perSource.merge(postings.get(i).sourceId(), 1, Integer::sum) > 1) {
                return true;
            }
        }
        return false;
    }

    /**
     * Tier 3. Each posting is blocked under its company key with its title's token set, and with
     * each set one token short, so titles one word apart ("Backend Engineer" and "Backend
     * Software Engineer") meet in the shorter one's block; a word that makes another job
     * ("Senior", "II") is never left out. A block's pairs are its postings with that very set,
     * and each of them with each posting one word longer, never two longer ones (a posting has a
     * handful of keys, so the cost stays linear).
     */
    private void joinSameCompanyAndTitle(List<Posting> postings, UnionFind groups) {
        for (Block block : blocks(postings).values()) {
            if (block.same.isEmpty()) {
                continue;
            }
            if (block.same.size() + block.oneWordLonger.size() <= LARGE_BLOCK) {
                compare(postings, block.same, block.oneWordLonger, groups);
            } else {
                Map<String, List<Integer>> longer = byPlace(postings, block.oneWordLonger);
                byPlace(postings, block.same).forEach((place, same) -> compare(postings, same,
                        longer.getOrDefault(place, List.of()), groups));
            }
        }
    }

    private static Map<String, Block> blocks(List<Posting> postings) {
        Map<String, Block> blocks = new HashMap<>();
        for (int i = 0; i < postings.size(); i++) {
            Posting posting = postings.get(i);
            if (posting.companyKey().isEmpty()) {
                continue;
            }
            String company = posting.companyKey() + '\u001f';
            List<String> tokens = new ArrayList<>(TitleTokens.of(posting.title()));
            blocks.computeIfAbsent(company + String.join(" ", tokens), b -> new Block())
                    .same.add(i);
            for (String token : tokens) {
                if (tokens.size() > 1 && !TitleTokens.isDistinguishing(token)) {
                    List<String> shorter = new ArrayList<>(tokens);
                    shorter.remove(token);
                    blocks.computeIfAbsent(company + String.join(" ", shorter), b -> new Block())
                            .oneWordLonger.add(i);
                }
            }
        }
        return blocks;
    }

    private void compare(List<Posting> postings, List<Integer> same, List<Integer> longer,
            UnionFind groups) {
        for (int a = 0; a < same.size(); a++) {
            Posting first = postings.get(same.get(a));
            for (int b = a + 1; b < same.size(); b++) {
                Posting second = postings.get(same.get(b));
                if (!first.sourceId().equals(second.sourceId())
                        && comparison.isSameJob(first, second)) {
                    groups.union(same.get(a), same.get(b));
                }
            }
            for (int other : longer) {
                Posting second = postings.get(other);
                if (!first.sourceId().equals(second.sourceId())
                        && comparison.isSameJobOneTitleWordApart(first, second)) {
                    groups.union(same.get(a), other);
                }
            }
        }
    }

    /** A large block split by city (else region, else country); place-less postings together. */
    private static Map<String, List<Integer>> byPlace(List<Posting> postings, List<Integer> block) {
        Map<String, List<Integer>> byPlace = new TreeMap<>();
        for (int i : block) {
            Posting posting = postings.get(i);
            List<Location> places = JobComparison.places(posting);
            if (places.isEmpty()) {
                String key = posting.workplaceType() == WorkplaceType.REMOTE ? "remote" : "";
                byPlace.computeIfAbsent(key, k -> new ArrayList<>()).add(i);
            }
            for (Location place : places) {
                String key = Objects.toString(place.city() != null ? place.city()
                        : place.region() != null ? place.region() : place.country(), "")
                        .toLowerCase(Locale.ROOT);
                byPlace.computeIfAbsent(key, k -> new ArrayList<>()).add(i);
            }
        }
        return byPlace;
    }

    /** The postings of one block: with its very token set, and with one token more. */
    private static final class Block {
        final List<Integer> same = new ArrayList<>();
        final List<Integer> oneWordLonger = new ArrayList<>();
    }

    /** Disjoint sets over indexes; the smaller index is always the root, for determinism. */
    private static final class UnionFind {
        private final int[] parent;

        UnionFind(int size) {
            parent = new int[size];
            for (int i = 0; i < size; i++) {
                parent[i] = i;
            }
        }

        int find(int i) {
            int root = i;
            while (parent[root] != root) {
                root = parent[root];
            }
            while (parent[i] != root) {
                int next = parent[i];
                parent[i] = root;
                i = next;
            }
            return root;
        }

        void union(int a, int b) {
            int rootA = find(a);
            int rootB = find(b);
            if (rootA < rootB) {
                parent[rootB] = rootA;
            } else if (rootB < rootA) {
                parent[rootA] = rootB;
            }
        }
    }
}
