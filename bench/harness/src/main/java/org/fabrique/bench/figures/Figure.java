package org.fabrique.bench.figures;

import java.util.List;

import org.fabrique.bench.Options;
import org.fabrique.bench.Report;
import org.fabrique.bench.Shared;

/** One figure (or a pair measured in the same runs) of bench/run, with its baseline. */
public interface Figure {

    /** The numbers of the figures in the issue (e.g. "1", "6") that bench.only selects. */
    List<String> numbers();

    void run(Options options, Shared shared, Report report) throws Exception;
}
