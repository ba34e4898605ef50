package dev.secpillar.challenge;

import java.util.Optional;

/** A range of TCP or UDP ports, both ends included. */
record PortRange(int from, int to) {
    static final PortRange ALL = new PortRange(0, 65535);
    /** AWS suggests allowing 1024-65535 for return traffic in network ACLs, to cover every kind of client. */
    static final PortRange EPHEMERAL = new PortRange(1024, 65535);

    /** 443, "443", "1024-65535" or "all". */
    static Optional<PortRange> parse(Object value) {
        if (value instanceof Long || value instanceof Integer) {
            long l = ((Number) value).longValue();
            return l >= 0 && l <= 65535 ? Optional.of(new PortRange((int) l, (int) l)) : Optional.empty();
        }
        if (!(value instanceof String s)) {
            return Optional.empty();
        }
        String t = s.trim();
        if (t.equals("all")) {
            return Optional.of(ALL);
        }
        int dash = t.indexOf('-');
        try {
            int from = Integer.parseInt((dash < 0 ? t : t.substring(0, dash)).trim());
            int to = dash < 0 ? from : Integer.parseInt(t.substring(dash + 1).trim());
            return from >= 0 && to <= 65535 && from <= to ? Optional.of(new PortRange(from, to)) : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    boolean contains(int port) {
        return port >= from && port <= to;
    }

    @Override
    public String toString() {
        return from == to ? String.valueOf(from) : from + "-" + to;
    }
}
