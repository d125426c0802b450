package org.joblist.ingest;

/**
 * The board answered with a bot challenge (Cloudflare's "Just a moment...", a captcha) or an HTML
 * page where it serves JSON or XML, or its robots.txt disallows the page: the source is blocked
 * for us, which is neither a parse error
 * nor an empty board. The source keeps its previous postings.
 */
public final class BlockedException extends FetchException {
    private static final long serialVersionUID = 1L;

    /** @param reason what the board sent, e.g. "blocked: Cloudflare challenge page (HTTP 403)" */
    public BlockedException(String sourceId, String url, int status, String reason) {
        super(sourceId, url, status, reason, null);
    }

    /** A block without a response of its own, e.g. the site's robots.txt disallowing the page. */
    public BlockedException(String sourceId, String url, String reason) {
        super(sourceId, url, null, reason, null);
    }
}
