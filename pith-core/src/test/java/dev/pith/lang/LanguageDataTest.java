package dev.pith.lang;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class LanguageDataTest {

    /** Per language: a related-links title, a prompt, a credit line and an advert label of that language. */
    static Stream<Arguments> languages() {
        return Stream.of(
                Arguments.of("en", "Related articles", "Leave a comment", "Photo: Jane Doe", "Advertisement"),
                Arguments.of("de", "Mehr zum Thema", "Kommentare schreiben", "Foto: dpa", "Anzeige"),
                Arguments.of("fr", "Dans la même rubrique", "Abonnez-vous à notre lettre", "Crédits photos : AFP", "Publicité"),
                Arguments.of("es", "Temas relacionados", "Valora esta noticia", "Imagen: Télam", "Publicidad"),
                Arguments.of("pt", "Leia também", "Deixe um comentário", "Foto: Agência Brasil", "Publicidade"),
                Arguments.of("it", "Leggi anche", "Lascia un commento", "Foto: Ansa", "Pubblicità"),
                Arguments.of("nl", "Lees ook", "Laat een reactie achter", "Foto: ANP", "Advertentie"),
                Arguments.of("pl", "Czytaj też", "Dodaj komentarz", "Fot. PAP", "Reklama"),
                Arguments.of("ru", "Читайте также", "Оставить комментарий", "Фото: ТАСС", "Реклама"),
                Arguments.of("ja", "関連記事", "コメントを書く", "写真：共同通信", "広告"),
                Arguments.of("zh", "相关阅读", "发表评论", "图片来源：新华社", "广告"),
                Arguments.of("cs", "Čtěte také", "Napište komentář", "Foto: ČTK", "Komerční sdělení"),
                Arguments.of("hu", "Ezek is érdekelhetnek", "Szólj hozzá", "Fotó: MTI", "Hirdetés"),
                Arguments.of("sv", "Läs också", "Lämna en kommentar", "Foto: TT", "Annons"),
                Arguments.of("da", "Læs også", "Skriv en kommentar", "Foto: Ritzau Scanpix", "Annonce"),
                Arguments.of("nb", "Les også", "Legg igjen en kommentar", "Foto: NTB", "Annonse"),
                Arguments.of("fi", "Lue myös", "Jätä kommentti", "Kuva: Lehtikuva", "Mainos"),
                Arguments.of("tr", "İlgili Haberler", "Yorum yap", "Fotoğraf: AA", "Reklam"),
                Arguments.of("ro", "Citește și", "Lasă un comentariu", "Foto: Inquam Photos", "Publicitate"),
                Arguments.of("sk", "Čítajte aj", "Napíšte komentár", "Foto: TASR", "Reklama"),
                Arguments.of("uk", "Читайте також", "Залишити коментар", "Фото: Укрінформ", "Реклама"),
                Arguments.of("vi", "Tin liên quan", "Gửi bình luận", "Ảnh: TTXVN", "Quảng cáo"),
                Arguments.of("id", "Baca juga", "Tinggalkan komentar", "Foto: Antara", "Iklan"),
                Arguments.of("ko", "관련기사", "댓글 쓰기", "사진=연합뉴스", "광고"),
                Arguments.of("el", "Διαβάστε επίσης", "Αφήστε ένα σχόλιο", "Φωτογραφία: ΑΠΕ", "Διαφήμιση"),
                Arguments.of("ar", "اقرأ أيضا", "أضف تعليقا", "صورة: رويترز", "إعلان"),
                Arguments.of("fa", "مطالب مرتبط", "ارسال نظر", "عکس: ایرنا", "تبلیغات"),
                Arguments.of("he", "קראו גם", "הוסיפו תגובה", "צילום: רויטרס", "פרסומת"),
                Arguments.of("bg", "Прочетете още", "Напишете коментар", "Снимка: БТА", "Реклама"),
                Arguments.of("hr", "Pročitajte još", "Ostavite komentar", "Foto: Pixsell", "Oglas"),
                Arguments.of("ca", "Llegeix també", "Deixa un comentari", "Foto: ACN", "Publicitat"),
                Arguments.of("hi", "यह भी पढ़ें", "टिप्पणी करें", "फोटो: पीटीआई", "विज्ञापन"),
                Arguments.of("th", "ข่าวที่เกี่ยวข้อง", "แสดงความคิดเห็น", "ภาพ: รอยเตอร์", "โฆษณา"));
    }

    @Test
    void norwegianPagesGetTheNorwegianDataWhicheverCodeTheyDeclare() {
        for (String declared : List.of("no", "nb-NO", "nn")) {
            assertThat(LanguageData.phrases(Language.of(declared), PhraseKind.RELATED).matches(Phrases.normalize("Les også")))
                    .as(declared).isTrue();
        }
    }

    @Test
    void shopCarouselHeadingsAreRelatedHeadingsInTheLaterLanguagesToo() {
        assertThat(LanguageData.phrases(Language.of("sv"), PhraseKind.RELATED).matches(Phrases.normalize("Liknande produkter"))).isTrue();
        assertThat(LanguageData.phrases(Language.of("tr"), PhraseKind.RELATED).matches(Phrases.normalize("Benzer ürünler"))).isTrue();
        assertThat(LanguageData.phrases(Language.of("ko"), PhraseKind.RELATED).matches(Phrases.normalize("최근 본 상품"))).isTrue();
        assertThat(LanguageData.phrases(Language.of("sv"), PhraseKind.RELATED).matches(Phrases.normalize("Produkten tillverkas i Sverige"))).isFalse();
    }

    @Test
    void aWordOfTheTextIsNotACreditLabel() {
        // "Ảnh hưởng" (influence) opens with the Vietnamese photo label as a word of its own
        assertThat(LanguageData.phrases(Language.of("vi"), PhraseKind.CREDIT)
                .opensWithLabel(Phrases.normalize("Ảnh hưởng của biến đổi khí hậu"))).isFalse();
    }

    @ParameterizedTest
    @MethodSource("languages")
    void everyLanguageKnowsItsBoilerplate(String code, String related, String prompt, String credit, String advert) {
        Language language = Language.of(code);
        assertThat(LanguageData.phrases(language, PhraseKind.RELATED).matches(Phrases.normalize(related))).isTrue();
        assertThat(LanguageData.phrases(language, PhraseKind.CALL_TO_ACTION).matches(Phrases.normalize(prompt))).isTrue();
        assertThat(LanguageData.phrases(language, PhraseKind.CREDIT).opensWithLabel(Phrases.normalize(credit))).isTrue();
        assertThat(LanguageData.phrases(language, PhraseKind.ADVERT).opensWithLabel(Phrases.normalize(advert))).isTrue();
    }

    @ParameterizedTest
    @MethodSource("languages")
    void everyLanguageHasEveryKind(String code, String related, String prompt, String credit, String advert) {
        for (PhraseKind kind : PhraseKind.values()) {
            assertThat(LanguageData.lines(code, kind)).as(code + "/" + kind.file()).isNotEmpty();
        }
    }

    @ParameterizedTest
    @MethodSource("languages")
    void unknownPagesConsultEveryLanguage(String code, String related, String prompt, String credit, String advert) {
        assertThat(LanguageData.phrases(Language.UNKNOWN, PhraseKind.RELATED).matches(Phrases.normalize(related))).isTrue();
    }

    @ParameterizedTest
    @MethodSource("languages")
    void pagesDeclaredEnglishConsultEveryLanguage(String code, String related, String prompt, String credit, String advert) {
        assertThat(LanguageData.phrases(Language.of("en"), PhraseKind.RELATED).matches(Phrases.normalize(related))).isTrue();
    }

    @ParameterizedTest
    @MethodSource("languages")
    void englishIsConsultedOnEveryPage(String code, String related, String prompt, String credit, String advert) {
        assertThat(LanguageData.phrases(Language.of(code), PhraseKind.RELATED).matches("related articles")).isTrue();
    }
}
