package dev.pith;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A news page in each of the languages whose phrase lists came after the first eleven, end to
 * end: the article's paragraphs come out, and the prompt to comment, the photo credit and the
 * advertising label of that language, each a short block inside the article, stay out. Without
 * the language's lists the prompt and the label (and, but for Swedish and Indonesian, whose
 * "Foto:" other languages share, the credit) came out with the article.
 */
class MultilingualPagesTest {

    /**
     * One language's page.
     *
     * @param code       the page's {@code <html lang>}
     * @param paragraphs the article, three paragraphs
     * @param prompt     a call to comment or share, in the language
     * @param credit     a photo credit line
     * @param advert     an advertising label
     */
    record LanguagePage(String code, String[] paragraphs, String prompt, String credit, String advert) {
        @Override
        public String toString() {
            return code;
        }

        byte[] html() {
            StringBuilder body = new StringBuilder("<article><h1>").append(paragraphs[0], 0, 30).append("</h1>");
            body.append("<p>").append(paragraphs[0]).append("</p>");
            body.append("<img src=\"a.jpg\"><div>").append(credit).append("</div>");
            body.append("<p>").append(paragraphs[1]).append("</p>");
            body.append("<div>").append(advert).append("</div>");
            body.append("<p>").append(paragraphs[2]).append("</p>");
            body.append("<div>").append(prompt).append("</div></article>");
            return ("<!doctype html><html lang=\"" + code + "\"><head><meta charset=\"utf-8\"><title>t</title></head><body>"
                    + body + "</body></html>").getBytes(StandardCharsets.UTF_8);
        }
    }

    static Stream<LanguagePage> pages() {
        return Stream.of(
                new LanguagePage("sv", new String[] {
                    "Kommunen beslutade på måndagen att den gamla bron över älven ska rivas och ersättas med en ny bro som blir klar om tre år.",
                    "Invånarna har länge klagat på trafiken i centrum, och många hoppas att den nya bron ska göra det lättare att ta sig till jobbet.",
                    "Bygget beräknas kosta drygt tvåhundra miljoner kronor, och arbetet börjar redan i vår enligt kommunens planer för området."},
                        "Lämna en kommentar", "Foto: Anna Berg", "Annons"),
                new LanguagePage("tr", new String[] {
                    "Belediye pazartesi günü yaptığı açıklamada, nehir üzerindeki eski köprünün yıkılacağını ve yerine üç yıl içinde yeni bir köprü yapılacağını duyurdu.",
                    "Şehir merkezindeki trafikten uzun süredir şikayet eden vatandaşlar, yeni köprünün işe gidip gelmeyi kolaylaştırmasını umuyor.",
                    "Projenin maliyetinin iki yüz milyon lirayı aşması bekleniyor ve çalışmaların bu bahar başlaması planlanıyor."},
                        "Yorum yap", "Fotoğraf: Ahmet Yılmaz", "Reklam"),
                new LanguagePage("vi", new String[] {
                    "Chính quyền thành phố hôm thứ hai thông báo sẽ phá bỏ cây cầu cũ bắc qua sông và xây một cây cầu mới trong vòng ba năm tới.",
                    "Người dân từ lâu đã phàn nàn về tình trạng kẹt xe ở trung tâm, và nhiều người hy vọng cây cầu mới sẽ giúp việc đi làm dễ dàng hơn.",
                    "Dự án được ước tính tốn hơn hai nghìn tỷ đồng và công việc sẽ bắt đầu ngay trong mùa xuân năm nay theo kế hoạch của thành phố."},
                        "Gửi bình luận", "Ảnh: Nguyễn Văn An", "Quảng cáo"),
                new LanguagePage("id", new String[] {
                    "Pemerintah kota pada hari Senin mengumumkan bahwa jembatan tua di atas sungai akan dibongkar dan diganti dengan jembatan baru dalam tiga tahun.",
                    "Warga sudah lama mengeluhkan kemacetan di pusat kota, dan banyak yang berharap jembatan baru akan memudahkan perjalanan ke tempat kerja.",
                    "Proyek ini diperkirakan menelan biaya lebih dari dua ratus miliar rupiah dan pekerjaan akan dimulai pada musim ini sesuai rencana kota."},
                        "Tinggalkan komentar", "Foto: Budi Santoso", "Iklan"),
                new LanguagePage("ar", new String[] {
                    "أعلنت البلدية يوم الاثنين أن الجسر القديم فوق النهر سيهدم وسيبنى مكانه جسر جديد خلال ثلاث سنوات من الآن.",
                    "اشتكى السكان طويلا من الازدحام في وسط المدينة، ويأمل كثيرون أن يسهل الجسر الجديد الذهاب إلى العمل كل يوم.",
                    "ومن المتوقع أن تتجاوز تكلفة المشروع مئتي مليون، وأن تبدأ الأعمال هذا الربيع وفق خطة البلدية للمنطقة."},
                        "أضف تعليقا", "صورة: محمد علي", "إعلان"),
                new LanguagePage("el", new String[] {
                    "Ο δήμος ανακοίνωσε τη Δευτέρα ότι η παλιά γέφυρα πάνω από τον ποταμό θα κατεδαφιστεί και θα χτιστεί νέα γέφυρα μέσα σε τρία χρόνια.",
                    "Οι κάτοικοι παραπονιούνται εδώ και καιρό για την κίνηση στο κέντρο, και πολλοί ελπίζουν ότι η νέα γέφυρα θα διευκολύνει τη μετακίνηση.",
                    "Το έργο αναμένεται να κοστίσει πάνω από διακόσια εκατομμύρια ευρώ και οι εργασίες θα ξεκινήσουν την άνοιξη σύμφωνα με τον δήμο."},
                        "Αφήστε ένα σχόλιο", "Φωτογραφία: Γιώργος Παππάς", "Διαφήμιση"));
    }

    @ParameterizedTest
    @MethodSource("pages")
    void theArticleComesOutWithoutTheLanguagesFurniture(LanguagePage page) {
        String text = Pith.extract(page.html(), "").text();

        for (String paragraph : page.paragraphs()) {
            assertThat(text).contains(paragraph);
        }
        assertThat(text).doesNotContain(page.prompt()).doesNotContain(page.credit()).doesNotContain(page.advert());
    }
}
