package dev.pith.spark.extract;

import dev.pith.ExtractOptions;
import java.io.Serializable;
import java.time.Duration;
import java.time.LocalDate;

/**
 * {@link ExtractOptions} in a form Spark can ship to the executors (the core's record is not
 * {@link Serializable}, and should not have to be).
 */
record OptionsCarrier(boolean comments, ExtractOptions.Focus focus, LocalDate referenceDate, Duration timeBudget,
                      boolean inlineMarks)
        implements Serializable {

    static OptionsCarrier of(ExtractOptions o) {
        return new OptionsCarrier(o.includeComments(), o.focus(), o.referenceDate(), o.timeBudget(), o.inlineMarks());
    }

    ExtractOptions options() {
        return ExtractOptions.DEFAULTS.withComments(comments).withFocus(focus).withReferenceDate(referenceDate)
                .withTimeBudget(timeBudget).withInlineMarks(inlineMarks);
    }
}
