package dev.secpillar.challenge;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One event of a detection challenge, as EventBridge delivers it. Authors write the CloudTrail
 * record; the envelope is added the way EventBridge does for CloudTrail events: detail-type
 * from the record's eventType ("AWS API Call via CloudTrail", "AWS Console Sign In via
 * CloudTrail", ...), source "aws." + the service of eventSource, account, time and region from
 * the record, and the record itself as detail.
 */
record DetectionEvent(String name, String path, boolean malicious, String why, JsonNode event) {
    static final List<String> KEYS = List.of("name", "expect", "why", "cloudtrail", "event");

    static Optional<DetectionEvent> read(Data c, int index, Map<String, Object> recordDefaults) {
        if (c.map().isEmpty()) {
            return Optional.empty();
        }
        c.onlyKeys(KEYS, "a detection case");
        Optional<String> name = c.text("name", true);
        Optional<Boolean> malicious = c.text("expect", true).flatMap(t -> switch (t) {
            case "match" -> Optional.of(true);
            case "no_match" -> Optional.of(false);
            default -> {
                c.get("expect").ifPresent(d -> d.problem("'expect' must be match or no_match, found '" + t + "'"));
                yield Optional.empty();
            }
        });
        String why = c.text("why", false).orElse("");
        Optional<JsonNode> event;
        if (c.has("cloudtrail") == c.has("event")) {
            c.problem("a detection case needs exactly one of 'cloudtrail' (a CloudTrail record) or 'event'"
                    + " (a whole EventBridge event)");
            event = Optional.empty();
        } else if (c.has("event")) {
            event = c.get("event").filter(d -> d.map().isPresent()).map(d -> JsonText.tree(d.raw()));
        } else {
            event = c.get("cloudtrail").flatMap(d -> envelope(d, index, recordDefaults));
        }
        if (name.isEmpty() || malicious.isEmpty() || event.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new DetectionEvent(name.get(), c.path(), malicious.get(), why, event.get()));
    }

    private static Optional<JsonNode> envelope(Data d, int index, Map<String, Object> defaults) {
        Optional<Map<String, Data>> m = d.map();
        if (m.isEmpty()) {
            return Optional.empty();
        }
        Map<String, Object> record = new LinkedHashMap<>(defaults);
        m.get().forEach((k, v) -> record.put(k, v.raw()));
        String source = text(record, "eventSource");
        if (source.isEmpty() || text(record, "eventName").isEmpty()) {
            d.problem("a CloudTrail record needs eventSource (like iam.amazonaws.com) and eventName");
            return Optional.empty();
        }
        String service = source.endsWith(".amazonaws.com") ? source.substring(0, source.length() - ".amazonaws.com".length())
                : source;
        String type = text(record, "eventType");
        String detailType = switch (type.isEmpty() ? "AwsApiCall" : type) {
            case "AwsApiCall" -> "AWS API Call via CloudTrail";
            case "AwsConsoleSignIn" -> "AWS Console Sign In via CloudTrail";
            case "AwsConsoleAction" -> "AWS Console Action via CloudTrail";
            case "AwsServiceEvent" -> "AWS Service Event via CloudTrail";
            default -> null;
        };
        if (detailType == null) {
            d.problem("unknown eventType '" + type + "' (expected AwsApiCall, AwsConsoleSignIn, AwsConsoleAction"
                    + " or AwsServiceEvent)");
            return Optional.empty();
        }
        ObjectNode e = JsonText.MAPPER.createObjectNode();
        e.put("version", "0");
        e.put("id", String.format("7bf73129-1428-4cd3-a780-%012d", index + 1));
        e.put("detail-type", detailType);
        e.put("source", "aws." + service);
        e.put("account", text(record, "recipientAccountId"));
        e.put("time", text(record, "eventTime"));
        e.put("region", text(record, "awsRegion"));
        e.putArray("resources");
        e.set("detail", JsonText.tree(record));
        return Optional.of(e);
    }

    private static String text(Map<String, Object> record, String key) {
        Object v = record.get(key);
        return v == null ? "" : v.toString();
    }

    /** The event without its id, to compare two cases' events. */
    JsonNode content() {
        ObjectNode copy = event.deepCopy();
        copy.remove("id");
        return copy;
    }
}
