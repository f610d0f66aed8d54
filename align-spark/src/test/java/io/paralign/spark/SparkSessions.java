package io.paralign.spark;

import org.apache.spark.sql.SparkSession;

/** One local[2] session for the module's tests, as small as Spark allows. */
final class SparkSessions {
    private static SparkSession session;

    private SparkSessions() {
    }

    static synchronized SparkSession local() {
        if (session == null) {
            session = SparkSession.builder().master("local[2]").appName("align-spark tests")
                    .config("spark.ui.enabled", false).config("spark.sql.shuffle.partitions", 4)
                    .config("spark.driver.host", "127.0.0.1").config("spark.driver.bindAddress", "127.0.0.1")
                    .getOrCreate();
            session.sparkContext().setLogLevel("WARN");
        }
        return session;
    }
}
