package io.paralign.language;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.paralign.model.Side;
import org.junit.jupiter.api.Test;

class LanguageCheckTest {
    private static final String ARABIC = "انضمت شركة تكنولوجيا الاتصالات الصينية هواوي إلى وكالة الأمن السيبراني "
            + "التابعة لمنظمة التعاون الإسلامي، رغم المخاوف الغربية من دورها في شبكات الجيل الخامس.";
    private static final String FRENCH = "Le groupe chinois a rejoint l'agence de cybersécurité de l'organisation, "
            + "malgré les inquiétudes des pays occidentaux sur son rôle dans les réseaux. Il est désormais membre de "
            + "plein droit et participe aux travaux qui sont menés par les États dans le cadre de cette agence.";
    private static final String ENGLISH = "The Chinese group has joined the cybersecurity agency of the organisation, "
            + "despite the concerns of western countries about its role in the networks. It is now a full member and "
            + "takes part in the work that is carried out by the states for the agency, which was founded in 2005.";

    private static void refused(String declared, String detected, String text) {
        LanguageMismatchException e = assertThrows(LanguageMismatchException.class,
                () -> LanguageCheck.check(Side.SOURCE, declared, text), declared);
        assertEquals(detected, e.detected().language());
        assertEquals(declared, e.declared());
        assertEquals(Side.SOURCE, e.side());
        assertTrue(e.getMessage().startsWith("source declared as '" + declared + "' reads as '" + detected + "'"),
                e.getMessage());
    }

    private static void accepted(String declared, String text) {
        assertDoesNotThrow(() -> LanguageCheck.check(Side.TARGET, declared, text), declared + ": " + text);
    }

    @Test
    void anotherScriptIsRefused() {
        refused("fr", "ar", ARABIC);
        refused("ar", "fr", FRENCH);
        refused("en", "zh", "中国电信技术公司华为加入了伊斯兰合作组织的网络安全机构，尽管外界长期担忧其在网络中的作用。");
        refused("ru", "en", ENGLISH);
        refused("fr-CA", "ar", ARABIC);
    }

    @Test
    void theMessageGivesTheScripts() {
        LanguageMismatchException e = assertThrows(LanguageMismatchException.class,
                () -> LanguageCheck.check(Side.TARGET, "fr", ARABIC));
        assertTrue(e.getMessage().contains("100% Arabic; Latin expected"), e.getMessage());
    }

    @Test
    void functionWordsOfAnotherLanguageWithAClearLeadAreRefused() {
        refused("en", "fr", FRENCH);
        refused("fr", "en", ENGLISH);
    }

    @Test
    void rightLabelsAreAccepted() {
        accepted("ar", ARABIC);
        accepted("ar-EG", ARABIC);
        accepted("fr", FRENCH);
        accepted("en", ENGLISH);
    }

    @Test
    void oneSentenceInEachLanguageIsAcceptedWithItsLabel() {
        String[][] texts = {
            {"de", "Die Firma ist der Agentur beigetreten, obwohl es Bedenken gegen sie und ihre Rolle gibt."},
            {"es", "La empresa se ha unido a la agencia, pero los temores por su papel en el país no son nuevos."},
            {"it", "La società è entrata nell'agenzia, anche se non sono mancati i dubbi sul suo ruolo nel paese."},
            {"nl", "Het bedrijf is lid geworden van het agentschap, maar er zijn ook zorgen over de rol."},
            {"pt", "A empresa passou a fazer parte da agência, mas não sem críticas sobre o seu papel."},
            {"is", "Fyrirtækið er orðið hluti af stofnuninni og það var ekki um það að ræða."},
            {"fa", "شرکت چینی هواوی به آژانس امنیت سایبری سازمان همکاری اسلامی پیوست."},
            {"ja", "華為は、イスラム協力機構のサイバーセキュリティ機関に加わったと発表しました。"},
            {"ko", "중국 통신 기술 회사 화웨이가 이슬람 협력 기구의 사이버 보안 기관에 합류했다."},
            {"ru", "Китайская компания присоединилась к агентству по кибербезопасности организации."},
            {"el", "Η κινεζική εταιρεία εντάχθηκε στην υπηρεσία κυβερνοασφάλειας του οργανισμού."},
            {"he", "חברת התקשורת הסינית הצטרפה לסוכנות אבטחת הסייבר של הארגון האסלאמי."},
            {"zh", "中国电信技术公司华为加入了伊斯兰合作组织的网络安全机构，尽管外界长期担忧。"},
            {"en", "Paris, 12 March 2024 (AFP) - Huawei SA, Orange et al. v. Commission, C-123/22, ECLI:EU:C:2024:1."},
        };
        for (String[] text : texts) {
            accepted(text[0], text[1]);
        }
    }

    @Test
    void weakOrMixedEvidenceIsAccepted() {
        accepted("de", "Bonjour le monde, je suis là."); // one sentence: too few function words to refuse
        accepted("fr", "مرحبا"); // too few letters
        accepted("fr", "Paris 2024 : 45 % — ٢٠٢٤"); // numbers, a name
        accepted("fr", FRENCH + " " + ARABIC); // half and half
        accepted("ar", ARABIC + " " + FRENCH);
        accepted("fa", ARABIC); // one script, told apart by letters only
        accepted("ur", ARABIC);
        accepted("ja", "中国电信技术公司华为加入了伊斯兰合作组织的网络安全机构，尽管外界长期担忧。");
        accepted("pt", "Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor.");
        accepted("pt", "El grupo chino se ha unido a la agencia, pero los temores sobre su papel no son nuevos."
                + " La empresa es miembro de pleno derecho desde el año pasado."); // Spanish as Portuguese: related
        accepted("fr", "ᚠᚢᚦᚨᚱᚲ ᚷᚹᚺᚾᛁᛃ ᛇᛈᛉᛊᛏᛒ ᛖᛗᛚᛜᛞᛟ ᚠᚢᚦᚨᚱᚲ"); // a script the guesser cannot tell
    }

    /** Letters counted by hand: أعلنت 5, الحكومة 7, اليوم 5, عن 2 or خطة 3. */
    @Test
    void refusedFrom20Letters() {
        accepted("fr", "أعلنت الحكومة اليوم عن");
        refused("fr", "ar", "أعلنت الحكومة اليوم خطة");
    }

    /** 60 Arabic letters (the 20 above three times) and 19 or 20 Latin ones: 24% or 25% in the declared script. */
    @Test
    void refusedUnderAQuarterOfLettersInTheDeclaredScript() {
        String arabic = "أعلنت الحكومة اليوم خطة ".repeat(3);
        refused("fr", "ar", arabic + "Middle East Eye Huawei");
        accepted("fr", arabic + "Middle East Eyes Huawei");
    }

    /**
     * French function words counted by hand (Le, la, l', malgré, les, et, les, des, sur, then dans, et, la; "de" is
     * no function word of any one language): 9 are too few to refuse an English label, 10 with none of English are
     * enough; with 3 of English (The three times), 11 fall short of 4 times as many, 12 reach it.
     */
    @Test
    void refusedFrom10FunctionWordsOfAnotherLanguageAnd4TimesTheDeclaredOnes() {
        String nine = "Le groupe chinois a rejoint la nouvelle agence de cybersécurité de l'organisation malgré les "
                + "inquiétudes et les doutes des pays occidentaux sur son rôle";
        accepted("en", nine + ".");
        refused("en", "fr", nine + " dans un réseau.");
        String withEnglish = nine + " dans un réseau, selon The Guardian, The Times et The Economist";
        accepted("en", withEnglish + ".");
        refused("en", "fr", withEnglish + " de la semaine.");
    }

    @Test
    void arabicWithLatinNamesIsArabic() {
        accepted("ar", "بحسب موقع Middle East Eye البريطاني فإن فريق OIC-CERT يضم دولا إسلامية كثيرة منذ سنوات.");
    }

    @Test
    void unsupportedOrEmptyInputsAreNotChecked() {
        accepted("sw", ARABIC); // no profile: nothing to check against
        accepted("fr", "");
        accepted("fr", null);
    }

    @Test
    void autoInAnyCase() {
        assertTrue(LanguageCheck.isAuto("auto"));
        assertTrue(LanguageCheck.isAuto("AUTO"));
        assertTrue(!LanguageCheck.isAuto("fr") && !LanguageCheck.isAuto(null));
    }

    /** A text found to agree with one label is remembered for that label only, and a refusal is never remembered. */
    @Test
    void anAgreementIsRememberedPerLabel() {
        accepted("ar", ARABIC);
        accepted("ar", ARABIC);
        refused("fr", "ar", ARABIC);
        refused("fr", "ar", ARABIC);
        accepted("ar", ARABIC);
        refused("ar", "fr", FRENCH + " ");
        accepted("fr", FRENCH + " ");
        refused("en", "fr", FRENCH + " ");
    }
}
