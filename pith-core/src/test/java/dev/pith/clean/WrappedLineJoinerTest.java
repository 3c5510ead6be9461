package dev.pith.clean;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class WrappedLineJoinerTest {

    private static final List<String> WRAPPED = List.of(
            "Gym equipment refers to the various machines, tools, and accessories used in a",
            "fitness facility to help individuals achieve their fitness goals. These",
            "equipment are designed to target different muscle groups, improve",
            "cardiovascular health, and enhance overall physical fitness.",
            "Next paragraph starts here.");

    @Test
    void joinsAParagraphWrappedAtOneWidth() {
        assertThat(WrappedLineJoiner.join(WRAPPED)).containsExactly(
                String.join(" ", WRAPPED.subList(0, 4)), "Next paragraph starts here.");
    }

    @Test
    void joinedParagraphIsJudgedAsProse() {
        String text = "Title\n" + String.join("\n", WRAPPED) + "\n";
        assertThat(TextCleaner.clean(text, CleanOptions.DEFAULTS).article().text())
                .contains("used in a fitness facility");
    }

    @Test
    void leavesListItemsOfDifferentLengthsAlone() {
        List<String> items = List.of(
                "Our course is for people who are ready to change their daily lives,",
                "want more time,",
                "wissen, dass dieses Leben kostbar ist und dass wir die Chance haben, etwas zu tun");
        assertUnchanged(items);
    }

    @Test
    void leavesParallelListItemsAlone() {
        assertUnchanged(List.of(
                "In § 291a Absatz 3 Nr. 4 SGB V - elektronische Patientenakte der Kassen",
                "in § 291a Absatz 3 Nr. 5 SGB V - elektronisches Patientenfach der Kassen",
                "in § 68 SGB V - elektronische Gesundheitsakte der Krankenkassen heute"));
    }

    @Test
    void leavesCodeAndButtonsAlone() {
        assertUnchanged(List.of(
                "let x: Result<String, u32> = Err(42); let y = x.map(|v| v + 1) here and",
                "let y: Result<&mut str, &mut u32> = Err(&mut i); and some more text here",
                "assert_eq!(Ok(\"hello\"), x.flatten()); with a few more words in the end"));
        assertUnchanged(List.of(
                "Unlock the value of your most valuable asset with our data analytics services",
                "get in touch"));
    }

    private static void assertUnchanged(List<String> lines) {
        assertThat(WrappedLineJoiner.join(lines)).isEqualTo(lines);
    }
}
