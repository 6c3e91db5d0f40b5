package org.measuresqa.storage;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * Times as the stores write them: ISO-8601 UTC with six fraction digits, always the same width, so that ordering the
 * text orders the times, in SQLite and PostgreSQL alike. ({@link Instant#toString()} drops trailing zero digits.)
 */
public final class Timestamps {

    private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSS'Z'")
            .withZone(ZoneOffset.UTC);

    private Timestamps() {
    }

    public static String of(Instant instant) {
        return FORMAT.format(instant);
    }

    public static String now(Clock clock) {
        return of(clock.instant());
    }
}
