package dev.secpillar.app;

import dev.secpillar.course.Module;

/** How far the learner is through one module's lessons. */
public record ModuleProgress(Module module, int lessonsDone, int lessonsTotal) {
    public double fraction() {
        return lessonsTotal == 0 ? 0 : (double) lessonsDone / lessonsTotal;
    }

    public boolean complete() {
        return lessonsTotal > 0 && lessonsDone == lessonsTotal;
    }
}
