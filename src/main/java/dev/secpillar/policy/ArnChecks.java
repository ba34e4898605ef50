package dev.secpillar.policy;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Resource ARN checks (Access Analyzer's ARN findings): prefix, field count, partition, service,
 * Region and account against the service's ARN formats in the catalog, and the resource part
 * against the resource types of the statement's actions.
 */
final class ArnChecks {
    static final Set<String> PARTITIONS = Set.of("aws", "aws-cn", "aws-us-gov", "aws-iso", "aws-iso-b", "aws-iso-e",
            "aws-iso-f", "aws-eusc");

    /** Region codes AWS has announced (commercial, China, GovCloud, ISO, European Sovereign Cloud). */
    static final Set<String> REGIONS = Set.of("us-east-1", "us-east-2", "us-west-1", "us-west-2", "af-south-1",
            "ap-east-1", "ap-east-2", "ap-south-1", "ap-south-2", "ap-southeast-1", "ap-southeast-2", "ap-southeast-3",
            "ap-southeast-4", "ap-southeast-5", "ap-southeast-6", "ap-southeast-7", "ap-northeast-1", "ap-northeast-2",
            "ap-northeast-3", "ca-central-1", "ca-west-1", "eu-central-1", "eu-central-2", "eu-west-1", "eu-west-2",
            "eu-west-3", "eu-south-1", "eu-south-2", "eu-north-1", "il-central-1", "me-south-1", "me-central-1",
            "mx-central-1", "sa-east-1", "cn-north-1", "cn-northwest-1", "us-gov-east-1", "us-gov-west-1",
            "us-iso-east-1", "us-iso-west-1", "us-isob-east-1", "us-isof-south-1", "us-isof-east-1", "eu-isoe-west-1",
            "eusc-de-east-1");

    private ArnChecks() {
    }

    /** The six fields of an ARN format or a policy ARN, the last one holding any further colons. */
    static String[] fields(String arn) {
        return arn.split(":", 6);
    }

    static boolean wild(String s) {
        return s.contains("*") || s.contains("?") || s.contains("${");
    }

    static void check(Statement st, ActionCatalog catalog, List<Finding> out) {
        for (int i = 0; i < st.resources().size(); i++) {
            String r = st.resources().get(i);
            Position where = st.resourcePosition(i);
            if (r.equals("*")) {
                continue;
            }
            if (!r.startsWith("arn:")) {
                out.add(Finding.of(LintCode.INVALID_ARN_PREFIX, where, "", r));
                continue;
            }
            String[] f = fields(r);
            if (f.length < 6) {
                out.add(Finding.of(LintCode.MISSING_ARN_FIELD, where, "", r, String.valueOf(f.length)));
                continue;
            }
            checkFields(st, r, f, where, catalog, out);
        }
    }

    private static void checkFields(Statement st, String r, String[] f, Position where, ActionCatalog catalog,
                                    List<Finding> out) {
        String partition = f[1];
        String service = f[2];
        String region = f[3];
        String account = f[4];
        if (!wild(partition) && !PARTITIONS.contains(partition)) {
            out.add(Finding.of(LintCode.INVALID_PARTITION, where, "", partition,
                    Suggest.didYouMean(Suggest.closest(partition, PARTITIONS))));
        }
        if (wild(service)) {
            return;
        }
        if (!service.equals(service.toLowerCase(Locale.ROOT)) && catalog.isKnownService(service)) {
            out.add(Finding.of(LintCode.INVALID_ARN_SERVICE_CASE, where, "", r, service.toLowerCase(Locale.ROOT)));
            return;
        }
        List<ActionCatalog.ResourceType> types = catalog.resourceTypes(service);
        if (!catalog.isKnownService(service)) {
            out.add(Finding.of(LintCode.INVALID_SERVICE, where, "", service, r,
                    Suggest.didYouMean(Suggest.closest(service, catalog.services()))));
            return;
        }
        if (types.isEmpty()) {
            return;
        }
        // The formats whose resource part this ARN can match.
        List<ActionCatalog.ResourceType> shaped = new ArrayList<>();
        for (ActionCatalog.ResourceType t : types) {
            String[] tf = fields(t.arnFormat());
            if (tf.length == 6 && intersects(tokens(f[5], true), tokens(tf[5], false))) {
                shaped.add(t);
            }
        }
        if (shaped.isEmpty()) {
            out.add(Finding.of(LintCode.INVALID_ARN_RESOURCE, where, "", f[5], service, example(types)));
            return;
        }
        boolean anyRegion = false;
        boolean anyNoRegion = false;
        boolean anyAccount = false;
        boolean anyNoAccount = false;
        for (ActionCatalog.ResourceType t : shaped) {
            String[] tf = fields(t.arnFormat());
            anyRegion |= !tf[3].isEmpty();
            anyNoRegion |= tf[3].isEmpty();
            anyAccount |= !tf[4].isEmpty();
            anyNoAccount |= tf[4].isEmpty();
        }
        if (!region.isEmpty() && !anyRegion && !wild(region)) {
            out.add(Finding.of(LintCode.ARN_REGION_NOT_ALLOWED, where, "", service, region, r));
        } else if (region.isEmpty() && !anyNoRegion) {
            out.add(Finding.of(LintCode.MISSING_ARN_REGION, where, "", r, service));
        } else if (!region.isEmpty() && !wild(region) && !REGIONS.contains(region)) {
            out.add(Finding.of(LintCode.INVALID_ARN_REGION, where, "", region,
                    Suggest.didYouMean(Suggest.closest(region, REGIONS))));
        }
        if (!account.isEmpty() && !anyAccount && !wild(account)) {
            out.add(Finding.of(LintCode.ARN_ACCOUNT_NOT_ALLOWED, where, "", service, account, r));
        } else if (!account.isEmpty() && !wild(account) && !account.matches("\\d{12}") && !account.equals("aws")) {
            out.add(Finding.of(LintCode.INVALID_ARN_ACCOUNT, where, "", account, r));
        }
        if (!anyNoAccount && account.isEmpty() && shaped.stream().allMatch(t -> !fields(t.arnFormat())[4].isEmpty()
                && fields(t.arnFormat())[4].startsWith("${"))) {
            out.add(Finding.of(LintCode.INVALID_ARN_RESOURCE, where, "account", r, service));
        }
        mismatch(st, r, f, shaped, where, catalog, out);
    }

    /** The resource matches a format, but none of the types the statement's actions act on. */
    private static void mismatch(Statement st, String r, String[] f, List<ActionCatalog.ResourceType> shaped,
                                 Position where, ActionCatalog catalog, List<Finding> out) {
        if (st.usesNotAction() || st.usesNotResource()) {
            return;
        }
        boolean anyKnown = false;
        for (String action : st.actions()) {
            if (action.equals("*") || action.startsWith("*") || action.startsWith("?")) {
                return;
            }
            for (ActionCatalog.ActionInfo a : catalog.expandInfo(action)) {
                anyKnown = true;
                if (!a.service().equalsIgnoreCase(f[2])) {
                    continue;
                }
                for (String typeName : a.resourceTypes()) {
                    String name = typeName.endsWith("*") ? typeName.substring(0, typeName.length() - 1) : typeName;
                    for (ActionCatalog.ResourceType t : shaped) {
                        if (t.name().equalsIgnoreCase(name)) {
                            return;
                        }
                    }
                }
            }
        }
        if (anyKnown) {
            out.add(Finding.of(LintCode.RESOURCE_MISMATCH, where, "", r, shaped.get(0).name()));
        }
    }

    private static String example(List<ActionCatalog.ResourceType> types) {
        List<String> formats = types.stream().map(ActionCatalog.ResourceType::arnFormat).sorted().toList();
        return formats.get(0);
    }

    // ---- do two patterns share a string? ------------------------------------------------------

    private static final int ANY = -1;   // any run of characters (policy * and ${var}, format ${Name})
    private static final int ONE = -2;   // exactly one character (policy ?)

    /** Tokens of a pattern: characters, ANY and ONE. Policy text has * and ?; formats have ${Name}. */
    static int[] tokens(String s, boolean policy) {
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '$' && i + 1 < s.length() && s.charAt(i + 1) == '{') {
                int end = s.indexOf('}', i);
                if (end > 0) {
                    out.add(ANY);
                    i = end;
                    continue;
                }
            }
            if (policy && c == '*') {
                out.add(ANY);
            } else if (policy && c == '?') {
                out.add(ONE);
            } else {
                out.add((int) c);
            }
        }
        return out.stream().mapToInt(Integer::intValue).toArray();
    }

    /** Whether some string matches both token patterns: a search over pairs of positions. */
    static boolean intersects(int[] a, int[] b) {
        int n = a.length;
        int m = b.length;
        boolean[][] seen = new boolean[n + 1][m + 1];
        Deque<int[]> todo = new ArrayDeque<>();
        todo.add(new int[] {0, 0});
        while (!todo.isEmpty()) {
            int[] s = todo.poll();
            int i = s[0];
            int j = s[1];
            if (seen[i][j]) {
                continue;
            }
            seen[i][j] = true;
            if (i == n && j == m) {
                return true;
            }
            // ANY may match nothing.
            if (i < n && a[i] == ANY) {
                todo.add(new int[] {i + 1, j});
            }
            if (j < m && b[j] == ANY) {
                todo.add(new int[] {i, j + 1});
            }
            if (i < n && j < m) {
                int x = a[i];
                int y = b[j];
                boolean xWild = x < 0;
                boolean yWild = y < 0;
                if (xWild || yWild || x == y) {
                    // Both consume one character; ANY may stay to consume more.
                    int ni = x == ANY ? i : i + 1;
                    int nj = y == ANY ? j : j + 1;
                    todo.add(new int[] {ni, nj});
                    if (x == ANY) {
                        todo.add(new int[] {i + 1, nj});
                    }
                    if (y == ANY) {
                        todo.add(new int[] {ni, j + 1});
                    }
                    if (x == ANY && y == ANY) {
                        todo.add(new int[] {i + 1, j + 1});
                    }
                }
            }
        }
        return false;
    }
}
