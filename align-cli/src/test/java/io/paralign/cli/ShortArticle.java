package io.paralign.cli;

/** A two-sentence Arabic news item and its French translation, one line each: the smallest real pair to align. */
final class ShortArticle {
    static final String ARABIC = "أعلن الرئيس يوم الثلاثاء أن المشروع سينطلق في 2021. وقال إن الأشغال "
            + "ستستمر ثلاث سنوات وستكلف 65 مليون يورو.\n";
    static final String FRENCH = "Le président a annoncé mardi que le projet serait lancé en 2021. "
            + "Il a déclaré que les travaux dureraient trois ans et coûteraient 65 millions d'euros.\n";

    private ShortArticle() {
    }
}
