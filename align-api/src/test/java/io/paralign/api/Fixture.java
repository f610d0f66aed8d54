package io.paralign.api;

/**
 * A short French article and its Arabic translation, three paragraphs each; the translation leaves out the
 * sentence about "plus d'un million de personnes".
 */
public final class Fixture {
    public static final String FRENCH = """
            Huawei présente un nouveau téléphone.

            Le groupe chinois a annoncé mardi à Paris un appareil vendu 999 euros. Il sera disponible en mars.

            Selon l'entreprise, plus d'un million de personnes ont déjà réservé l'appareil. Les analystes restent prudents.
            """;
    public static final String ARABIC = """
            هواوي تقدم هاتفا جديدا.

            أعلنت المجموعة الصينية يوم الثلاثاء في باريس عن جهاز يباع بسعر 999 يورو. وسيكون متاحا في مارس.

            ويبقى المحللون حذرين.
            """;

    private Fixture() {
    }

    /** A new empty directory for a test server's store. */
    public static java.nio.file.Path dataDir(String prefix) {
        try {
            return java.nio.file.Files.createTempDirectory(prefix);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
