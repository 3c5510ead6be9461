package dev.pith.meta;

/** One place a page states its metadata; adds what it finds as candidates, never throws on bad markup. */
interface MetadataSource {

    /** Reads the scanned page and adds candidates. */
    void collect(PageScan page, Candidates out);
}
