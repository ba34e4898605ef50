package dev.secpillar.challenge;

/** How a learner writes an answer; also the suffix of the answer file. */
public enum AnswerFormat {
    JSON("json"), YAML("yaml");

    private final String suffix;

    AnswerFormat(String suffix) {
        this.suffix = suffix;
    }

    public String suffix() {
        return suffix;
    }
}
