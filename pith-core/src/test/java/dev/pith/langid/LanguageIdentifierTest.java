package dev.pith.langid;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pith.model.Block;
import dev.pith.model.Metadata;
import dev.pith.model.Paragraph;
import java.util.List;
import org.junit.jupiter.api.Test;

class LanguageIdentifierTest {

    private static final String GERMAN = "Die Tanzkompanie des Theaters öffnet die neue Spielzeit mit einem Stück, "
            + "das von Wasser und Erinnerung erzählt. Der neue Tanzchef zeigt darin seine erste choreografische "
            + "Arbeit für das Haus, und das Publikum dankte mit langem Applaus für einen traumleichten Abend. "
            + "Karten für die weiteren Vorstellungen gibt es an der Theaterkasse und im Internet; Schüler und "
            + "Rentner zahlen werktags den halben Preis.";
    private static final String ENGLISH = "The dance company opened the new season with a piece about water and "
            + "memory. The new director showed his first choreographic work for the house, and the audience "
            + "thanked the dancers with long applause for an evening that felt as light as a dream. "
            + "Tickets for the remaining performances are on sale at the box office and online; students and "
            + "pensioners pay half price on weekdays.";
    private static final String DANISH = "Danseselskabet åbnede den nye sæson med et stykke om vand og erindring. "
            + "Den nye leder viste sit første koreografiske arbejde for huset, og publikum takkede danserne "
            + "med lang applaus for en aften, der føltes let som en drøm.";
    private static final String JAPANESE = "昔々、ある所におじいさんとおばあさんが住んでいました。おじいさんは山へ芝刈りに、"
            + "おばあさんは川へ洗濯に行きました。";
    private static final String CHINESE = "新闻是记录社会、传播信息、反映时代的一种文体。本报记者从有关部门获悉，今年以来全市经济运行总体平稳。";
    private static final String KOREAN = "옛날 옛적에 어느 마을에 할아버지와 할머니가 살고 있었습니다. 할아버지는 산으로 나무를 하러 갔습니다.";

    @Test
    void identifiesTextInSpacedScriptsWithTheModel() {
        assertThat(LanguageIdentifier.identify(GERMAN)).isEqualTo("de");
        assertThat(LanguageIdentifier.identify(ENGLISH)).isEqualTo("en");
    }

    @Test
    void identifiesChineseJapaneseAndKoreanByScript() {
        assertThat(LanguageIdentifier.identify(JAPANESE)).isEqualTo("ja");
        assertThat(LanguageIdentifier.identify(CHINESE)).isEqualTo("zh");
        assertThat(LanguageIdentifier.identify(KOREAN)).isEqualTo("ko");
    }

    @Test
    void tooLittleTextNamesNoLanguage() {
        assertThat(LanguageIdentifier.identify("")).isEmpty();
        assertThat(LanguageIdentifier.identify("Home · 2024")).isEmpty();
        assertThat(LanguageIdentifier.identify("Test document title")).isEmpty();
    }

    @Test
    void aDeclarationTheTextClearlyContradictsGivesWay() {
        assertThat(LanguageIdentifier.reconcile("en-US", GERMAN)).isEqualTo("de");
        assertThat(LanguageIdentifier.reconcile("de", ENGLISH)).isEqualTo("en");
        assertThat(LanguageIdentifier.reconcile("ja", CHINESE.repeat(4))).isEqualTo("zh");
    }

    @Test
    void aDeclarationTheTextAgreesWithIsKeptAsGiven() {
        assertThat(LanguageIdentifier.reconcile("de-CH", GERMAN)).isEqualTo("de-CH");
        assertThat(LanguageIdentifier.reconcile("zh-Hant", CHINESE.repeat(4))).isEqualTo("zh-Hant");
    }

    @Test
    void aDeclarationOfANearTwinIsNotContradicted() {
        assertThat(LanguageIdentifier.reconcile("no", DANISH)).isEqualTo("no");
    }

    @Test
    void shortTextNeverOverrulesADeclaration() {
        assertThat(LanguageIdentifier.reconcile("de", "Subscribe to our newsletter")).isEqualTo("de");
    }

    @Test
    void aDeclarationThatIsNoLanguageCodeIsReplacedByTheText() {
        assertThat(LanguageIdentifier.reconcile("lang", GERMAN)).isEqualTo("de");
        assertThat(LanguageIdentifier.reconcile("{{lang}}", ENGLISH)).isEqualTo("en");
    }

    @Test
    void aPageReadsItsBodyFirstThenItsTitle() {
        Metadata undeclared = Metadata.builder().title("Mit allen Wassern gewaschen").build();
        List<Block> body = List.of(new Paragraph(ENGLISH));
        assertThat(PageLanguage.of(undeclared, body)).isEqualTo("en");
        assertThat(PageLanguage.of(Metadata.builder().title(GERMAN).build(), List.of())).isEqualTo("de");
        assertThat(PageLanguage.of(Metadata.EMPTY, List.of())).isEmpty();
    }

    @Test
    void modelCodesBecomeTheTwoLetterCodesPagesDeclare() {
        assertThat(LanguageCodes.twoLetter("deu")).isEqualTo("de");
        assertThat(LanguageCodes.twoLetter("cmn")).isEqualTo("zh");
        assertThat(LanguageCodes.twoLetter("nds")).isEqualTo("nds");
        assertThat(LanguageCodes.twoLetter("ind")).isEqualTo("id");
        assertThat(LanguageCodes.primary("pt_BR")).isEqualTo("pt");
        assertThat(LanguageCodes.primary("EN")).isEqualTo("en");
        assertThat(LanguageCodes.primary("lang")).isEmpty();
    }

    @Test
    void aFewWordsThatScoreTwoLanguagesAlikeGoToTheOneMoreUsedOnTheWeb() {
        // 25 letters: the model scores Latin and English within a percent of each other
        assertThat(LanguageIdentifier.identify("hello there this is a test page")).isEqualTo("en");
    }

    @Test
    void aFewWordsWithAClearLeaderKeepTheModelsAnswer() {
        assertThat(LanguageIdentifier.identify("Guten Tag, wie geht es Ihnen heute")).isEqualTo("de");
        assertThat(LanguageIdentifier.identify("Dzień dobry, jak się masz")).isEqualTo("pl");
        assertThat(LanguageIdentifier.identify("Hej, hur mår du idag min vän")).isEqualTo("sv");
    }

    @Test
    void theWebRankListsCommonLanguagesFirstAndNoRareOnes() {
        assertThat(LanguageCodes.webRank("en")).isZero();
        assertThat(LanguageCodes.webRank("de")).isLessThan(LanguageCodes.webRank("pl"));
        assertThat(LanguageCodes.webRank("la")).isEqualTo(Integer.MAX_VALUE);
    }

    private static final String[] TIED_CODES = {"la", "en", "war"};

    @Test
    void aNearTieAmongOnlyRareLanguagesNamesNone() {
        double[] p = {0.020, 0.001, 0.019};
        assertThat(LanguageIdentifier.breakTie(p, 0, i -> TIED_CODES[i])).isEmpty();
    }

    @Test
    void aClearLeaderIsNoTieWhateverItsRank() {
        double[] p = {0.030, 0.020, 0.001};
        assertThat(LanguageIdentifier.breakTie(p, 0, i -> TIED_CODES[i])).isEqualTo("la");
    }
}
