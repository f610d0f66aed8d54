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

    /**
     * A new empty directory for a test server's store, under the build's {@code target/it-data}: the build's clean
     * removes them, where directories in the system's temporary folder were left behind by every run.
     */
    public static java.nio.file.Path dataDir(String prefix) {
        try {
            java.nio.file.Path parent = java.nio.file.Files.createDirectories(java.nio.file.Path.of("target", "it-data"));
            return java.nio.file.Files.createTempDirectory(parent, prefix).toAbsolutePath();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
