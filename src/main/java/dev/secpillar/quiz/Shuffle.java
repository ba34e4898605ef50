package dev.secpillar.quiz;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;

/**
 * Deterministic shuffles. {@link Random} and {@link Collections#shuffle(List, Random)} are
 * specified algorithms, so a recorded seed gives the same order on any JVM, and a question's
 * choices are shuffled from the seed and its own id, independent of the other questions.
 */
final class Shuffle {
    private Shuffle() {}

    /** 0..n-1 in an order drawn from the seed. */
    static List<Integer> of(int n, long seed) {
        List<Integer> order = new ArrayList<>(IntStream.range(0, n).boxed().toList());
        Collections.shuffle(order, new Random(seed));
        return List.copyOf(order);
    }

    /** Like {@link #of} but never the identity when n > 1: an order question must not show its answer. */
    static List<Integer> notIdentity(int n, long seed) {
        List<Integer> order = new ArrayList<>(of(n, seed));
        if (n > 1 && IntStream.range(0, n).allMatch(i -> order.get(i) == i)) {
            Collections.rotate(order, 1);
        }
        return List.copyOf(order);
    }

    /** The seed of one question's choices: the attempt's seed mixed with the question id. */
    static long forQuestion(long seed, String questionId) {
        return seed * 31 + questionId.hashCode();
    }
}
