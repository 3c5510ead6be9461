package dev.pith.meta;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AuthorNamesTest {

    @Test
    void stripsByRolesAndDates() {
        assertThat(AuthorNames.clean("By Jane Doe and John Roe, Staff Writers | Sept. 28, 2022").names())
                .containsExactly("Jane Doe", "John Roe");
        assertThat(AuthorNames.clean("Written by: Sean Peek, Senior Analyst").names()).containsExactly("Sean Peek");
        assertThat(AuthorNames.clean("Luke Kim December 17, 2025").names()).containsExactly("Luke Kim");
        assertThat(AuthorNames.clean("Cazzy Magennis Last updated August 1").names()).containsExactly("Cazzy Magennis");
    }

    @Test
    void keepsCredentialsWithTheirName() {
        assertThat(AuthorNames.clean("Dylan Bailey, MS, RD, FAND").names()).containsExactly("Dylan Bailey, MS, RD, FAND");
    }

    @Test
    void aSlashJoinsACreditToItsSourceAsOneCredit() {
        // a writer's shorthand and the agency ("det/dpa"), a wire and the paper that ran it
        assertThat(AuthorNames.clean("det/dpa").names()).containsExactly("det/dpa");
        assertThat(AuthorNames.clean("By AFP/The Local").names()).containsExactly("AFP/The Local");
        assertThat(AuthorNames.clean("Laura / House Plant House").names()).containsExactly("Laura / House Plant House");
        // the other separators still part names
        assertThat(AuthorNames.clean("Anna Roth | Hans Meier").names()).containsExactly("Anna Roth", "Hans Meier");
    }

    @Test
    void dropsEmailsUrlsAndAvatarInitials() {
        assertThat(AuthorNames.clean("Jane Doe jane@example.com").names()).containsExactly("Jane Doe");
        assertThat(AuthorNames.clean("https://www.facebook.com/janedoe").names()).isEmpty();
        assertThat(AuthorNames.clean("CM Craig McCarthy").names()).containsExactly("Craig McCarthy");
    }

    @Test
    void keepsUserNamesWithDigits() {
        assertThat(AuthorNames.clean("paulb203").names()).containsExactly("paulb203");
        assertThat(AuthorNames.clean("Post by galitsyn » Sat Dec 20, 2025").names()).containsExactly("galitsyn");
    }

    @Test
    void genericCreditsAreSeparate() {
        AuthorNames.Cleaned staff = AuthorNames.clean("By Staff");
        assertThat(staff.names()).isEmpty();
        assertThat(staff.generic()).containsExactly("Staff");
        assertThat(AuthorNames.clean("TOI Lifestyle Desk").generic()).containsExactly("TOI Lifestyle Desk");
    }

    @Test
    void proseIsNotAName() {
        assertThat(AuthorNames.clean("handling routine tasks centrally").names()).isEmpty();
        assertThat(AuthorNames.clean("Sign In").names()).isEmpty();
        assertThat(AuthorNames.clean("Dec.").names()).isEmpty();
        assertThat(AuthorNames.clean("x".repeat(1000)).names()).isEmpty();
    }

    @Test
    void keepsNameParticlesAndMonthLikeSurnames() {
        assertThat(AuthorNames.clean("Marna van der Merwe").names()).containsExactly("Marna van der Merwe");
        assertThat(AuthorNames.clean("Tom May").names()).containsExactly("Tom May");
    }

    @Test
    void bylinesInOtherLanguagesAndTheirFurniture() {
        assertThat(AuthorNames.clean("Veröffentlicht von HansG").names()).containsExactly("HansG");
        assertThat(AuthorNames.clean("AuthorAndreas Kalt").names()).containsExactly("Andreas Kalt");
        assertThat(AuthorNames.clean("DiCaprio").names()).containsExactly("DiCaprio");
        assertThat(AuthorNames.clean("Heiko Sauer Do 9 Apr 2020").names()).containsExactly("Heiko Sauer");
        assertThat(AuthorNames.clean("Por Williams Perdomo @wperdomod -").names()).containsExactly("Williams Perdomo");
        assertThat(AuthorNames.clean("Par Loïc Le Clerc le 3 mai 2021").names()).containsExactly("Loïc Le Clerc");
        assertThat(AuthorNames.clean("Donnerstag").names()).isEmpty();
        assertThat(AuthorNames.clean("finanztreff.de").names()).isEmpty();
    }

    @Test
    void aDeskNamedByOneOfItsWordsIsAGenericCredit() {
        AuthorNames.Cleaned desk = AuthorNames.clean("Redaktion Polizeiticker Schweiz");
        assertThat(desk.names()).isEmpty();
        assertThat(desk.generic()).containsExactly("Redaktion Polizeiticker Schweiz");
        assertThat(AuthorNames.clean("Jane Doe Editor").names()).containsExactly("Jane Doe");
    }

    @Test
    void aDateOpeningTheBylineIsCutBeforeTheName() {
        assertThat(AuthorNames.clean("Dec 17, 2025Julian K. Arni").names()).containsExactly("Julian K. Arni");
        assertThat(AuthorNames.clean("Dec. 19, 2025 · Niko Matsakis on behalf of Vision Doc group").names())
                .containsExactly("Niko Matsakis");
        assertThat(AuthorNames.clean("17.12.2025 | Anna Roth").names()).containsExactly("Anna Roth");
        assertThat(AuthorNames.clean("17. Dezember 2025 - Hans Meier").names()).containsExactly("Hans Meier");
    }

    @Test
    void aLeadingNumberThatIsNoFullDateStaysAndEndsTheByline() {
        // no year: no date line to cut; the byline still stops at its first number
        assertThat(AuthorNames.withoutLeadingDate("Jun 2 Written By")).isEqualTo("Jun 2 Written By");
        // no month word: "Boston 12, 2025" is no date
        assertThat(AuthorNames.withoutLeadingDate("Boston 12, 2025 Jane Doe")).isEqualTo("Boston 12, 2025 Jane Doe");
        // a date with nothing after it stays as it is
        assertThat(AuthorNames.withoutLeadingDate("Dec 17, 2025")).isEqualTo("Dec 17, 2025");
    }

    @Test
    void aLowerCaseFullNameCountsOnlyAsAMarkupFieldsName() {
        assertThat(AuthorNames.clean("kirstin boatto").names()).isEmpty();
        assertThat(AuthorNames.lowerCaseName("kirstin boatto")).containsExactly("kirstin boatto");
        // one word, prose, a role or a desk: no name even in an author field
        assertThat(AuthorNames.lowerCaseName("admin")).isEmpty();
        assertThat(AuthorNames.lowerCaseName("handling routine tasks daily")).isEmpty();
        assertThat(AuthorNames.lowerCaseName("editorial team")).isEmpty();
        assertThat(AuthorNames.lowerCaseName("Kirstin Boatto")).isEmpty();
    }

    @Test
    void aBylineWithAPartThatIsNoNameKeepsOnlyFullNames() {
        // an organisation cut at its "und", a domain and places cut at commas: the one-word parts are fragments
        assertThat(AuthorNames.clean("Bayerische Landesanstalt für Wald und Forstwirtschaft - LWF").names()).isEmpty();
        assertThat(AuthorNames.clean("hessenschau.de, Frankfurt, Germany").names()).isEmpty();
        assertThat(AuthorNames.clean("Anna Roth, Reiseblog.de, Hans").names()).containsExactly("Anna Roth");
    }

    @Test
    void aFirstNameAloneStaysWhenEveryPartIsAName() {
        assertThat(AuthorNames.clean("Nils").names()).containsExactly("Nils");
        assertThat(AuthorNames.clean("Anna und Hans Meier").names()).containsExactly("Anna", "Hans Meier");
    }

    @Test
    void relativeDateWordGluedToTheNameIsCut() {
        assertThat(AuthorNames.clean("Houzz Deutschlandvor 5 Stunden").names()).containsExactly("Houzz Deutschland");
        assertThat(AuthorNames.clean("Ana Ruiz hace 3 horas").names()).containsExactly("Ana Ruiz");
    }

    @Test
    void nameEndingLikeARelativeDateWordIsKept() {
        assertThat(AuthorNames.clean("Jane Trevor 12 March 2020").names()).containsExactly("Jane Trevor");
        assertThat(AuthorNames.clean("Anna Deutschlandvor").names()).containsExactly("Anna Deutschlandvor");
    }

    @Test
    void whatFollowsAWritersJobTitleIsItsEmployerNotASecondWriter() {
        assertThat(AuthorNames.clean("Benjamin Johnson, Sr. Director of Operations, Atlas Van Lines - 10+ Years in the Moving Industry")
                .names()).containsExactly("Benjamin Johnson");
        assertThat(AuthorNames.clean("Rex Du, Director, Advanced Analytics").names()).containsExactly("Rex Du");
    }

    @Test
    void aWriterJoinedAfterAJobTitleIsKept() {
        assertThat(AuthorNames.clean("Anna Roth, Senior Editor, and Hans Meier und Lea Berg").names()).contains("Anna Roth", "Lea Berg");
        assertThat(AuthorNames.clean("Anna Roth und Hans Meier").names()).containsExactly("Anna Roth", "Hans Meier");
    }

    @Test
    void aLawyersJobTitleAfterTheNameIsCut() {
        assertThat(AuthorNames.clean("Reviewed by Justin C. Meserole, Trial Attorney at Morgan & Morgan, on December 9, 2024.")
                .names()).containsExactly("Justin C. Meserole");
        // a name that merely begins with the word keeps it
        assertThat(AuthorNames.clean("Mia Lawyerson").names()).containsExactly("Mia Lawyerson");
    }
}
