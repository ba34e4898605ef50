package dev.secpillar.policy;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

/**
 * A request context value: one string, or a list for a multivalued key. Parsed forms
 * (numbers, dates, IP addresses, ARN parts) are computed on first use and kept, so a request
 * evaluated many times parses each value once.
 */
final class ContextValue {
    final List<String> values;
    final boolean multivalued;
    // Parsed forms, filled on first use. Volatile so that a request shared between threads
    // never shows a half-built array; each array is complete before it is published.
    private volatile BigDecimal[] numbers;
    private volatile long[] dates;
    private volatile byte[][] ips;
    private volatile String[][] arnParts;
    private volatile String[] lower;

    ContextValue(List<String> values, boolean multivalued) {
        this.values = List.copyOf(values);
        this.multivalued = multivalued;
    }

    int size() {
        return values.size();
    }

    String get(int i) {
        return values.get(i);
    }

    BigDecimal number(int i) {
        BigDecimal[] n = numbers;
        if (n == null) {
            n = new BigDecimal[values.size()];
            for (int k = 0; k < n.length; k++) {
                n[k] = Values.parseNumber(values.get(k));
            }
            numbers = n;
        }
        return n[i];
    }

    /** Epoch milliseconds, or Long.MIN_VALUE when the value is not a date. */
    long date(int i) {
        long[] d = dates;
        if (d == null) {
            d = new long[values.size()];
            for (int k = 0; k < d.length; k++) {
                Long parsed = Values.parseDate(values.get(k));
                d[k] = parsed == null ? Long.MIN_VALUE : parsed;
            }
            dates = d;
        }
        return d[i];
    }

    byte[] ip(int i) {
        byte[][] a = ips;
        if (a == null) {
            a = new byte[values.size()][];
            for (int k = 0; k < a.length; k++) {
                a[k] = IpRange.parseAddress(values.get(k));
            }
            ips = a;
        }
        return a[i];
    }

    String[] arn(int i) {
        String[][] a = arnParts;
        if (a == null) {
            a = new String[values.size()][];
            for (int k = 0; k < a.length; k++) {
                a[k] = ArnPattern.arnParts(values.get(k));
            }
            arnParts = a;
        }
        return a[i];
    }

    String lower(int i) {
        String[] a = lower;
        if (a == null) {
            a = new String[values.size()];
            for (int k = 0; k < a.length; k++) {
                a[k] = values.get(k).toLowerCase(Locale.ROOT);
            }
            lower = a;
        }
        return a[i];
    }

    String display() {
        return multivalued || values.size() != 1 ? values.toString() : values.get(0);
    }
}
