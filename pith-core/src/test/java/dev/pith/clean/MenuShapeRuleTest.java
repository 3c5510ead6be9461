package dev.pith.clean;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** How {@link MenuShapeRule} drops breadcrumbs and inline menus but leaves code and markup alone. */
class MenuShapeRuleTest {

    private static LineLabel classify(String text) {
        return new MenuShapeRule().classify(new Line(LineFeatures.of(text)), null);
    }

    @Test
    void breadcrumbsAndInlineMenusAreBoilerplate() {
        assertThat(classify("Home > News > World")).isEqualTo(LineLabel.BOILERPLATE);
        assertThat(classify("About | Contact | Jobs")).isEqualTo(LineLabel.BOILERPLATE);
        assertThat(classify("Home » Garden » Coffee")).isEqualTo(LineLabel.BOILERPLATE);
    }

    @Test
    void codeAndMarkupLinesAreNotMenus() {
        assertThat(classify(">>> r.headers['link']")).isNull();
        assertThat(classify("<td>427311</td>")).isNull();
        assertThat(classify("impl<T, E> Result<Option<T>, E>")).isNull();
        assertThat(classify("pub fn map_or<U, F>(self, default: U, f: F) -> U")).isNull();
        assertThat(classify("setAge(a => a + 1); // setAge(42 => 43)")).isNull();
    }

    @Test
    void codeAnglesCountsOnlyTheAnglesOfCode() {
        assertThat(MenuShapeRule.codeAngles("Home > News > World")).isZero();
        assertThat(MenuShapeRule.codeAngles(">>> x = 1")).isEqualTo(3);
        assertThat(MenuShapeRule.codeAngles("a -> b => c > d")).isEqualTo(2);
        assertThat(MenuShapeRule.codeAngles("<th>Name</th>")).isEqualTo(2);
    }
}
