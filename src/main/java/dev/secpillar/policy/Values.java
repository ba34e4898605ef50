package dev.secpillar.policy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;

/** Parsing of the typed values condition operators compare: numbers and dates. */
final class Values {
    private static final Pattern NUMBER = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?");
    private static final Pattern EPOCH = Pattern.compile("-?\\d{1,12}");

    private Values() {
    }

    /** A number, or null when the text is not one. */
    static BigDecimal parseNumber(String text) {
        String t = text.trim();
        if (!NUMBER.matcher(t).matches()) {
            return null;
        }
        try {
            return new BigDecimal(t);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /**
     * A date as epoch milliseconds, or null. AWS accepts ISO 8601 (date, date-time with Z or an
     * offset, fractions of seconds) and epoch (UNIX) seconds.
     */
    static Long parseDate(String text) {
        String t = text.trim();
        if (EPOCH.matcher(t).matches()) {
            return Long.parseLong(t) * 1000L;
        }
        try {
            return OffsetDateTime.parse(t).toInstant().toEpochMilli();
        } catch (DateTimeParseException ignored) {
            // try the next form
        }
        try {
            return Instant.parse(t).toEpochMilli();
        } catch (DateTimeParseException ignored) {
            // try the next form
        }
        try {
            return LocalDateTime.parse(t).toInstant(ZoneOffset.UTC).toEpochMilli();
        } catch (DateTimeParseException ignored) {
            // try the next form
        }
        try {
            return LocalDate.parse(t).atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
        } catch (DateTimeParseException ignored) {
            return null;
        }
    }

    static boolean isBoolean(String text) {
        return text.equalsIgnoreCase("true") || text.equalsIgnoreCase("false");
    }
}
