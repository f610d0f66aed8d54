package io.paralign.language;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

class LanguageGuesserTest {

    private static void check(String expected, String text) {
        assertEquals(expected, LanguageGuesser.guess(text), text);
    }

    @Test
    void oneSentenceExamples() {
        check("ar", "انضمت شركة تكنولوجيا الاتصالات الصينية هواوي إلى وكالة الأمن السيبراني التابعة للمنظمة.");
        check("fr", "L'entreprise chinoise fait désormais partie de l'agence, malgré les inquiétudes sur son rôle.");
        check("en", "The company has joined the agency of the organisation, despite the concerns that were raised.");
        check("de", "Die Firma ist der Agentur beigetreten, obwohl es Bedenken gegen sie und ihre Rolle gibt.");
        check("is", "Fyrirtækið er orðið hluti af stofnuninni og það var ekki um það að ræða að hún væri með.");
        check("es", "La empresa se ha unido a la agencia, pero los temores por su papel en el país no son nuevos.");
        check("it", "La società è entrata nell'agenzia, anche se non sono mancati i dubbi sul suo ruolo nel paese.");
        check("nl", "Het bedrijf is lid geworden van het agentschap, maar er zijn ook zorgen over de rol die het speelt.");
        check("pt", "A empresa passou a fazer parte da agência, mas não sem críticas sobre o seu papel nos campos.");
        check("zh", "中国电信技术公司华为加入了伊斯兰合作组织的网络安全机构，尽管外界长期担忧。");
        check("ja", "華為は、イスラム協力機構のサイバーセキュリティ機関に加わったと発表しました。");
        check("ko", "중국 통신 기술 회사 화웨이가 이슬람 협력 기구의 사이버 보안 기관에 합류했다.");
        check("ru", "Китайская компания присоединилась к агентству по кибербезопасности организации.");
        check("el", "Η κινεζική εταιρεία εντάχθηκε στην υπηρεσία κυβερνοασφάλειας του οργανισμού.");
        check("he", "חברת התקשורת הסינית הצטרפה לסוכנות אבטחת הסייבר של הארגון האסלאמי.");
        check("fa", "شرکت چینی هواوی به آژانس امنیت سایبری سازمان همکاری اسلامی پیوست و این یک خبر است.");
    }

    @Test
    void shortOneLiners() {
        check("fr", "Bonjour le monde, je suis là.");
        check("fr", "Nous avons mangé une pomme.");
        check("en", "Hello world, I am here.");
        check("en", "The cat is on the mat.");
        check("de", "Hallo Welt, ich bin hier.");
        check("de", "Ich habe heute keine Zeit.");
        check("es", "Hola mundo, estoy aquí con mis amigos.");
        check("es", "Yo tengo un perro y una casa.");
        check("it", "Ciao mondo, sono qui con gli amici.");
        check("pt", "Olá mundo, eu estou aqui com os amigos.");
        check("nl", "Hallo wereld, ik ben hier.");
        check("is", "Halló heimur, ég er hér.");
        check("ar", "مرحبا بالعالم، أنا هنا.");
        check("ru", "Привет, мир, я здесь.");
        check("zh", "你好，世界，我今天在这里工作。");
        check("el", "Γεια σου κόσμε, είμαι εδώ.");
    }

    @Test
    void detectionSaysHowSure() {
        var arabic = LanguageGuesser.detect("انضمت شركة تكنولوجيا الاتصالات الصينية هواوي إلى وكالة الأمن.");
        assertEquals("ar", arabic.language());
        assertEquals(1.0, arabic.confidence());
        var french = LanguageGuesser.detect("Bonjour le monde, je suis là.");
        assertEquals("fr", french.language());
        assertTrue(french.confidence() > 0.5 && french.confidence() <= 1, french.toString());
    }

    /**
     * The confidence is the share of letters in the language's script (60 Arabic letters of 79: 0.76), times, for
     * Latin-script text, the share of the function words found that are the language's (12 French of 15: 0.8).
     */
    @Test
    void confidenceIsTheScriptShareTimesTheFunctionWordShare() {
        var arabic = LanguageGuesser.detect("أعلنت الحكومة اليوم خطة ".repeat(3) + "Middle East Eye Huawei");
        assertEquals("ar", arabic.language());
        assertEquals(0.76, arabic.confidence());
        var french = LanguageGuesser.detect("Le groupe chinois a rejoint la nouvelle agence de cybersécurité de "
                + "l'organisation malgré les inquiétudes et les doutes des pays occidentaux sur son rôle dans un "
                + "réseau, selon The Guardian, The Times et The Economist de la semaine.");
        assertEquals("fr", french.language());
        assertEquals(0.8, french.confidence());
    }

    @Test
    void latinTokensInsideArabicDoNotChangeTheAnswer() {
        check("ar", "بحسب موقع Middle East Eye البريطاني فإن فريق OIC-CERT يضم دولا إسلامية كثيرة منذ سنوات.");
    }

    @Test
    void seedArticles() throws IOException {
        Path seeds = Path.of("..", "seeds");
        assertEquals("ar", guessFile(seeds, "000_"));
        assertEquals("fr", guessFile(seeds, "001_"));
        assertEquals("ar", guessFile(seeds, "002_"));
        assertEquals("ar", guessFile(seeds, "003_"));
        assertEquals("ar", guessFile(seeds, "004_"));
    }

    private static String guessFile(Path dir, String prefix) throws IOException {
        try (var files = Files.list(dir)) {
            Path file = files.filter(f -> f.getFileName().toString().startsWith(prefix)).findFirst().orElseThrow();
            return LanguageGuesser.guess(Files.readString(file, StandardCharsets.UTF_8));
        }
    }

    @Test
    void emptyInputIsRefused() {
        UnknownLanguageException e = assertThrows(UnknownLanguageException.class, () -> LanguageGuesser.guess(""));
        assertTrue(e.getMessage().contains("0 letters"), e.getMessage());
        assertThrows(UnknownLanguageException.class, () -> LanguageGuesser.guess(null));
        assertThrows(UnknownLanguageException.class, () -> LanguageGuesser.guess("12 345 678 -- !!! 2021"));
    }

    @Test
    void latinTextWithNoKnownFunctionWordsIsRefused() {
        UnknownLanguageException e = assertThrows(UnknownLanguageException.class,
                () -> LanguageGuesser.guess("Lorem ipsum dolor sit amet consectetur adipiscing elit sed eiusmod"));
        assertTrue(e.getMessage().contains("Latin-script"), e.getMessage());
    }

    @Test
    void unmappedScriptIsRefusedWithItsName() {
        UnknownLanguageException e = assertThrows(UnknownLanguageException.class,
                () -> LanguageGuesser.guess("ᚠᚢᚦᚨᚱᚲ ᚷᚹᚺᚾᛁᛃ ᛇᛈᛉᛊᛏᛒ ᛖᛗᛚᛜᛞᛟ ᚠᚢᚦᚨᚱᚲ"));
        assertTrue(e.getMessage().contains("runic"), e.getMessage());
    }
}
