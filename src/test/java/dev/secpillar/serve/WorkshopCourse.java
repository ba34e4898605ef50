package dev.secpillar.serve;

import dev.secpillar.course.Course;
import dev.secpillar.course.Lesson;
import dev.secpillar.course.Module;
import dev.secpillar.course.Step;
import java.util.List;

/** A two-lesson course for the server tests: a page, a check (right answer: 2), a last page. */
final class WorkshopCourse {
    private WorkshopCourse() {}

    /** The same course in Vietnamese (as a translation would load it: the text only). */
    static Course vietnamese() {
        Lesson first = new Lesson("first", "basics", "Những bước đầu tiên", List.of(), 3, List.of(
                new Step.Page("Bảo mật là việc của mọi người: trang **đầu tiên**."),
                new Step.Check("Ai vá hệ điều hành khách của một instance?", List.of("AWS", "Khách hàng", "Không ai"), 1,
                        "Khách hàng lo hệ điều hành khách."),
                new Step.Page("Trang cuối của bài học đầu tiên.")));
        Lesson second = new Lesson("second", "basics", "Những bước tiếp theo", List.of(), 2, List.of(
                new Step.Page("Bài học thứ hai có một trang.")));
        return new Course("Khóa học thử cho workshop", List.of(new Module("basics", "Cơ bản", "Những điều cơ bản.", List.of(),
                List.of(first, second), List.of())), List.of(), List.of());
    }

    static Course course() {
        Lesson first = new Lesson("first", "basics", "First steps", List.of(), 3, List.of(
                new Step.Page("Security is everyone's job: the **first** page."),
                new Step.Check("Who patches the guest OS of an instance?", List.of("AWS", "The customer", "Nobody"), 1,
                        "The customer looks after the guest operating system."),
                new Step.Page("The last page of the first lesson.")));
        Lesson second = new Lesson("second", "basics", "Second steps", List.of(), 2, List.of(
                new Step.Page("The second lesson has one page.")));
        return new Course("Workshop test course", List.of(new Module("basics", "Basics", "The basics.", List.of(),
                List.of(first, second), List.of())), List.of(), List.of());
    }
}
