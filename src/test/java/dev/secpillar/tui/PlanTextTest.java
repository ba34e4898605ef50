package dev.secpillar.tui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PlanTextTest {
    private static final String PLAN = "# Your plan\n# Pool: a, b, c\n- a\n- b:\n    Version: \"2012-10-17\"\n"
            + "    Statement: []\n- c\n";

    @Test
    void readsTheItemsAndWritesTheSameText() {
        PlanText p = PlanText.read(PLAN).orElseThrow();
        assertThat(p.ids()).containsExactly("a", "b", "c");
        assertThat(p.text()).isEqualTo(PLAN);
        assertThat(p.items().get(1).hasValue()).isTrue();
        assertThat(p.items().get(0).hasValue()).isFalse();
        assertThat(p.lineOf(2)).isEqualTo(6);
    }

    @Test
    void aPolicyMovesWithItsItem() {
        PlanText p = PlanText.read(PLAN).orElseThrow().moved(1, -1);
        assertThat(p.text()).isEqualTo("# Your plan\n# Pool: a, b, c\n- b:\n    Version: \"2012-10-17\"\n"
                + "    Statement: []\n- a\n- c\n");
    }

    @Test
    void anEmptyPlanIsStillAListAndAddingDropsTheBrackets() {
        PlanText p = PlanText.read("# Pool\n[]\n").orElseThrow();
        assertThat(p.ids()).isEmpty();
        assertThat(p.text()).isEqualTo("# Pool\n[]\n");
        assertThat(p.added("x").text()).isEqualTo("# Pool\n- x\n");
        assertThat(p.added("x").removed(0).text()).isEqualTo("# Pool\n[]\n");
    }

    @Test
    void aFlowListIsNotShownAsAList() {
        assertThat(PlanText.read("[a, b]\n")).isEmpty();
        assertThat(PlanText.read("a: b\n")).isEmpty();
    }

    @Test
    void aPolicySkeletonIsAddedOnlyWhenThereIsNone() {
        PlanText p = PlanText.read("- a\n").orElseThrow().withPolicySkeleton(0);
        assertThat(p.text()).startsWith("- a:\n    Version: \"2012-10-17\"\n");
        assertThat(p.withPolicySkeleton(0)).isSameAs(p);
    }
}
