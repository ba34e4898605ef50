package dev.secpillar.challenge;

import java.util.Optional;

/** An IPv4 address range ("10.0.1.0/24"); a single address is a /32. */
record Cidr(int base, int prefix) {
    static final Cidr ANYWHERE = new Cidr(0, 0);

    static Optional<Cidr> parse(String text) {
        String t = text.trim();
        int slash = t.indexOf('/');
        Optional<Integer> addr = address(slash < 0 ? t : t.substring(0, slash));
        if (addr.isEmpty()) {
            return Optional.empty();
        }
        int prefix = 32;
        if (slash >= 0) {
            try {
                prefix = Integer.parseInt(t.substring(slash + 1));
            } catch (NumberFormatException e) {
                return Optional.empty();
            }
            if (prefix < 0 || prefix > 32) {
                return Optional.empty();
            }
        }
        return Optional.of(new Cidr(addr.get() & mask(prefix), prefix));
    }

    static Optional<Integer> address(String text) {
        String[] parts = text.split("\\.", -1);
        if (parts.length != 4) {
            return Optional.empty();
        }
        int v = 0;
        for (String p : parts) {
            if (p.isEmpty() || p.length() > 3 || !p.chars().allMatch(Character::isDigit)) {
                return Optional.empty();
            }
            int n = Integer.parseInt(p);
            if (n > 255) {
                return Optional.empty();
            }
            v = (v << 8) | n;
        }
        return Optional.of(v);
    }

    private static int mask(int prefix) {
        return prefix == 0 ? 0 : -1 << (32 - prefix);
    }

    boolean contains(int address) {
        return (address & mask(prefix)) == base;
    }

    boolean contains(Cidr other) {
        return other.prefix >= prefix && contains(other.base);
    }

    static String format(int address) {
        return ((address >>> 24) & 255) + "." + ((address >>> 16) & 255) + "." + ((address >>> 8) & 255) + "."
                + (address & 255);
    }

    @Override
    public String toString() {
        return format(base) + "/" + prefix;
    }
}
