package io.paralign.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import io.paralign.bench.GeneratePairs;

/**
 * A folder of Arabic/French article pairs named six ways, written from align-bench's synthetic pairs
 * ({@link GeneratePairs}) plus short pairs that share no anchor (only their names tell they belong together).
 */
final class MixedNames {
    /** The pairs of a folder, as relative file names. */
    record Pair(String arabic, String french) {
    }

    private static final String[] STUB_AR = {"هذا نص قصير عن الطقس في المدينة هذا الصباح، والجو لطيف ومشمس.",
        "يتحدث هذا المقال القصير عن الحديقة التي افتتحت في الحي، وهي مفتوحة للجميع كل يوم.",
        "يقدم هذا النص نصائح بسيطة للطبخ في المنزل مع العائلة والأصدقاء في نهاية الأسبوع."};
    private static final String[] STUB_FR = {"Ceci est un court texte sur le temps qu'il fait en ville ce matin, doux et ensoleillé.",
        "Ce court article parle du jardin qui a ouvert dans le quartier, et qui est ouvert à tous chaque jour.",
        "Ce texte donne des conseils simples pour cuisiner à la maison avec la famille et les amis le week-end."};

    private MixedNames() {
    }

    /** Writes {@code generated} synthetic pairs and three anchorless ones into {@code dir}; returns every pair. */
    static List<Pair> write(Path dir, int generated) throws IOException {
        Path raw = dir.resolveSibling(dir.getFileName() + "-generated");
        PrintStream stdout = System.out;
        System.setOut(new PrintStream(OutputStream.nullOutputStream()));
        try {
            GeneratePairs.main(raw.toString(), String.valueOf(generated), "7");
        } finally {
            System.setOut(stdout);
        }
        List<Pair> pairs = new ArrayList<>();
        for (int i = 1; i <= generated; i++) {
            String n = String.format("%04d", i);
            Pair pair = switch (i % 6) {
                case 0 -> new Pair(n + ".ar.txt", n + ".fr.txt");
                case 1 -> new Pair("article" + n + "_ar.txt", "article" + n + "-fr.txt");
                case 2 -> new Pair("ar/" + n + ".txt", "fr/" + n + ".txt");
                case 3 -> new Pair(n + "-arabic.txt", n + "-french.txt");
                case 4 -> new Pair(n + "_AR.txt", n + "_FR.txt");
                default -> new Pair(n + ".العربية.txt", n + ".français.txt");
            };
            copy(raw.resolve(n + "_ar.txt"), dir.resolve(pair.arabic()));
            copy(raw.resolve(n + "_fr.txt"), dir.resolve(pair.french()));
            pairs.add(pair);
        }
        for (int i = 0; i < STUB_AR.length; i++) {
            Pair pair = new Pair("note" + i + ".ar.txt", "note" + i + ".fr.txt");
            Files.writeString(dir.resolve(pair.arabic()), STUB_AR[i] + "\n");
            Files.writeString(dir.resolve(pair.french()), STUB_FR[i] + "\n");
            pairs.add(pair);
        }
        return pairs;
    }

    static void copy(Path from, Path to) throws IOException {
        Files.createDirectories(to.getParent());
        Files.copy(from, to);
    }
}
