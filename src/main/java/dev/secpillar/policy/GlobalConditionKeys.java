package dev.secpillar.policy;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** The aws: global condition keys and their types (AWS global condition context keys reference). */
final class GlobalConditionKeys {
    private static final Map<String, String> EXACT = Map.ofEntries(
            Map.entry("aws:calledvia", "ArrayOfString"),
            Map.entry("aws:calledviafirst", "String"),
            Map.entry("aws:calledvialast", "String"),
            Map.entry("aws:currenttime", "Date"),
            Map.entry("aws:epochtime", "Date"),
            Map.entry("aws:federatedprovider", "String"),
            Map.entry("aws:multifactorauthage", "Numeric"),
            Map.entry("aws:multifactorauthpresent", "Bool"),
            Map.entry("aws:principalaccount", "String"),
            Map.entry("aws:principalarn", "ARN"),
            Map.entry("aws:principalisawsservice", "Bool"),
            Map.entry("aws:principalorgid", "String"),
            Map.entry("aws:principalorgpaths", "ArrayOfString"),
            Map.entry("aws:principalservicename", "String"),
            Map.entry("aws:principalservicenameslist", "ArrayOfString"),
            Map.entry("aws:principaltype", "String"),
            Map.entry("aws:referer", "String"),
            Map.entry("aws:requestedregion", "String"),
            Map.entry("aws:resourceaccount", "String"),
            Map.entry("aws:resourceorgid", "String"),
            Map.entry("aws:resourceorgpaths", "ArrayOfString"),
            Map.entry("aws:securetransport", "Bool"),
            Map.entry("aws:sourceaccount", "String"),
            Map.entry("aws:sourcearn", "ARN"),
            Map.entry("aws:sourceidentity", "String"),
            Map.entry("aws:sourceip", "IPAddress"),
            Map.entry("aws:sourceorgid", "String"),
            Map.entry("aws:sourceorgpaths", "ArrayOfString"),
            Map.entry("aws:sourcevpc", "String"),
            Map.entry("aws:sourcevpce", "String"),
            Map.entry("aws:sourcevpcarn", "ARN"),
            Map.entry("aws:tagkeys", "ArrayOfString"),
            Map.entry("aws:tokenissuetime", "Date"),
            Map.entry("aws:useragent", "String"),
            Map.entry("aws:userid", "String"),
            Map.entry("aws:username", "String"),
            Map.entry("aws:viaawsservice", "Bool"),
            Map.entry("aws:vpcsourceip", "IPAddress"),
            Map.entry("aws:ec2instancesourcevpc", "String"),
            Map.entry("aws:ec2instancesourceprivateipv4", "IPAddress"),
            Map.entry("aws:assumedroot", "Bool"),
            Map.entry("aws:vpceaccount", "String"),
            Map.entry("aws:vpceorgid", "String"),
            Map.entry("aws:vpceorgpaths", "ArrayOfString"),
            Map.entry("aws:isMcpServiceAction".toLowerCase(Locale.ROOT), "Bool"));

    private GlobalConditionKeys() {
    }

    /** The exact global keys (lower case), for "did you mean". */
    static java.util.Set<String> names() {
        return EXACT.keySet();
    }

    static Optional<String> type(String lowerKey) {
        String exact = EXACT.get(lowerKey);
        if (exact != null) {
            return Optional.of(exact);
        }
        if ((lowerKey.startsWith("aws:principaltag/") || lowerKey.startsWith("aws:requesttag/")
                || lowerKey.startsWith("aws:resourcetag/")) && lowerKey.indexOf('/') < lowerKey.length() - 1) {
            return Optional.of("String");
        }
        return Optional.empty();
    }
}
