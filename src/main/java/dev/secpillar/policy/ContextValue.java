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
    private BigDecimal[] numbers;
    private long[] dates;
    private boolean[] dateValid;
    private byte[][] ips;
    private String[][] arnParts;
    private String[] lower;

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
        if (numbers == null) {
            BigDecimal[] n = new BigDecimal[values.size()];
            for (int k = 0; k < n.length; k++) {
                n[k] = Values.parseNumber(values.get(k));
            }
            numbers = n;
        }
        return numbers[i];
    }

    /** Epoch milliseconds, or Long.MIN_VALUE when the value is not a date. */
    long date(int i) {
        if (dates == null) {
            long[] d = new long[values.size()];
            boolean[] ok = new boolean[d.length];
            for (int k = 0; k < d.length; k++) {
                Long parsed = Values.parseDate(values.get(k));
                ok[k] = parsed != null;
                d[k] = parsed == null ? Long.MIN_VALUE : parsed;
            }
            dateValid = ok;
            dates = d;
        }
        return dateValid[i] ? dates[i] : Long.MIN_VALUE;
    }

    byte[] ip(int i) {
        if (ips == null) {
            byte[][] a = new byte[values.size()][];
            for (int k = 0; k < a.length; k++) {
                a[k] = IpRange.parseAddress(values.get(k));
            }
            ips = a;
        }
        return ips[i];
    }

    String[] arn(int i) {
        if (arnParts == null) {
            String[][] a = new String[values.size()][];
            for (int k = 0; k < a.length; k++) {
                a[k] = ArnPattern.arnParts(values.get(k));
            }
            arnParts = a;
        }
        return arnParts[i];
    }

    String lower(int i) {
        if (lower == null) {
            String[] a = new String[values.size()];
            for (int k = 0; k < a.length; k++) {
                a[k] = values.get(k).toLowerCase(Locale.ROOT);
            }
            lower = a;
        }
        return lower[i];
    }

    String display() {
        return multivalued || values.size() != 1 ? values.toString() : values.get(0);
    }
}
