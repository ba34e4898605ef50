package dev.secpillar.policy;

/**
 * An IPv4 or IPv6 CIDR block (RFC 4632 / RFC 4291) for IpAddress and NotIpAddress. A bare
 * address is a /32 or /128. Parsing is done by hand: InetAddress would look names up in DNS.
 */
final class IpRange {
    private final byte[] network;
    private final int prefix;
    private final String text;

    private IpRange(byte[] network, int prefix, String text) {
        this.network = network;
        this.prefix = prefix;
        this.text = text;
    }

    /** Parses "203.0.113.0/24", "2001:db8::/32" or a bare address; null if malformed. */
    static IpRange parse(String text) {
        String t = text.trim();
        int slash = t.indexOf('/');
        byte[] address = parseAddress(slash < 0 ? t : t.substring(0, slash));
        if (address == null) {
            return null;
        }
        int max = address.length * 8;
        int prefix = max;
        if (slash >= 0) {
            String p = t.substring(slash + 1);
            if (p.isEmpty() || p.length() > 3 || !p.chars().allMatch(Character::isDigit)) {
                return null;
            }
            prefix = Integer.parseInt(p);
            if (prefix > max) {
                return null;
            }
        }
        return new IpRange(address, prefix, t);
    }

    boolean contains(byte[] address) {
        if (address == null || address.length != network.length) {
            return false;
        }
        int full = prefix / 8;
        for (int i = 0; i < full; i++) {
            if (address[i] != network[i]) {
                return false;
            }
        }
        int rest = prefix % 8;
        if (rest == 0) {
            return true;
        }
        int mask = (0xFF << (8 - rest)) & 0xFF;
        return (address[full] & mask) == (network[full] & mask);
    }

    /** Bits set after the prefix (203.0.113.5/24): AWS ignores them. */
    boolean hasHostBits() {
        return !java.util.Arrays.equals(network, masked().network);
    }

    private IpRange masked() {
        byte[] m = network.clone();
        for (int bit = prefix; bit < m.length * 8; bit++) {
            m[bit / 8] &= (byte) ~(0x80 >> (bit % 8));
        }
        return new IpRange(m, prefix, text);
    }

    /** The block with its host bits cleared, written the usual way ("203.0.113.0/24"). */
    String maskedText() {
        IpRange m = masked();
        StringBuilder sb = new StringBuilder();
        if (m.network.length == 4) {
            for (int i = 0; i < 4; i++) {
                sb.append(i == 0 ? "" : ".").append(m.network[i] & 0xFF);
            }
        } else {
            for (int i = 0; i < 16; i += 2) {
                sb.append(i == 0 ? "" : ":").append(Integer.toHexString(((m.network[i] & 0xFF) << 8) | (m.network[i + 1] & 0xFF)));
            }
        }
        return sb.append('/').append(prefix).toString();
    }

    private static final class Private {
        static final IpRange[] RANGES = {parse("10.0.0.0/8"), parse("172.16.0.0/12"), parse("192.168.0.0/16"),
        parse("127.0.0.0/8"), parse("169.254.0.0/16"), parse("fc00::/7"), parse("fe80::/10"), parse("::1/128")};
    }

    /** Wholly inside a private (RFC 1918, loopback, link-local or unique-local) range. */
    boolean isPrivate() {
        for (IpRange r : Private.RANGES) {
            if (r.network.length == network.length && prefix >= r.prefix && r.contains(network)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public String toString() {
        return text;
    }

    /** 4 bytes for IPv4, 16 for IPv6, or null. */
    static byte[] parseAddress(String s) {
        if (s.indexOf(':') >= 0) {
            return parseV6(s);
        }
        return parseV4(s);
    }

    private static byte[] parseV4(String s) {
        String[] parts = s.split("\\.", -1);
        if (parts.length != 4) {
            return null;
        }
        byte[] out = new byte[4];
        for (int i = 0; i < 4; i++) {
            String p = parts[i];
            if (p.isEmpty() || p.length() > 3 || !p.chars().allMatch(c -> c >= '0' && c <= '9')) {
                return null;
            }
            int v = Integer.parseInt(p);
            if (v > 255) {
                return null;
            }
            out[i] = (byte) v;
        }
        return out;
    }

    private static byte[] parseV6(String s) {
        int zone = s.indexOf('%');
        if (zone >= 0) {
            s = s.substring(0, zone);
        }
        int gap = s.indexOf("::");
        if (gap >= 0 && s.indexOf("::", gap + 1) >= 0) {
            return null;
        }
        String head = gap >= 0 ? s.substring(0, gap) : s;
        String tail = gap >= 0 ? s.substring(gap + 2) : "";
        int[] headGroups = groups(head);
        int[] tailGroups = groups(tail);
        if (headGroups == null || tailGroups == null) {
            return null;
        }
        int count = headGroups.length + tailGroups.length;
        if ((gap < 0 && count != 8) || (gap >= 0 && count > 7)) {
            return null;
        }
        int[] all = new int[8];
        System.arraycopy(headGroups, 0, all, 0, headGroups.length);
        System.arraycopy(tailGroups, 0, all, 8 - tailGroups.length, tailGroups.length);
        byte[] out = new byte[16];
        for (int i = 0; i < 8; i++) {
            out[2 * i] = (byte) (all[i] >> 8);
            out[2 * i + 1] = (byte) all[i];
        }
        return out;
    }

    /** Hex groups of one side of "::"; an embedded IPv4 tail counts as two groups. */
    private static int[] groups(String side) {
        if (side.isEmpty()) {
            return new int[0];
        }
        String[] parts = side.split(":", -1);
        int extra = parts[parts.length - 1].indexOf('.') >= 0 ? 1 : 0;
        int[] out = new int[parts.length + extra];
        for (int i = 0; i < parts.length; i++) {
            String p = parts[i];
            if (i == parts.length - 1 && extra == 1) {
                byte[] v4 = parseV4(p);
                if (v4 == null) {
                    return null;
                }
                out[i] = ((v4[0] & 0xFF) << 8) | (v4[1] & 0xFF);
                out[i + 1] = ((v4[2] & 0xFF) << 8) | (v4[3] & 0xFF);
                continue;
            }
            if (p.isEmpty() || p.length() > 4) {
                return null;
            }
            int v = 0;
            for (int k = 0; k < p.length(); k++) {
                int d = Character.digit(p.charAt(k), 16);
                if (d < 0) {
                    return null;
                }
                v = v * 16 + d;
            }
            out[i] = v;
        }
        return out;
    }
}
