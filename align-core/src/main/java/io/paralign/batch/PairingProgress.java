package io.paralign.batch;

/**
 * Where pairing the documents of a set reports its progress: it starts a task (reading anchors, comparing
 * documents) with the number of units it will do, and steps the task once per unit done. Pairing prints nothing
 * itself; a shell shows the steps its own way (the CLI as a bar or log lines). Steps may come from several threads
 * at once.
 */
@FunctionalInterface
public interface PairingProgress {
    /** Shows nothing: for callers that show no progress. */
    PairingProgress SILENT = (task, unit, total) -> () -> { };

    /** One task under way. */
    @FunctionalInterface
    interface Task {
        /** One unit of the task done (a document read or compared). */
        void step();
    }

    /**
     * Starts a task.
     *
     * @param task  what is being done ({@code pairing: reading anchors})
     * @param unit  what a step counts ({@code documents})
     * @param total how many steps the task will take
     */
    Task start(String task, String unit, int total);
}
