package io.djongo.migrations;

import java.util.List;

/**
 * What {@code migrate} does, in order (Django's {@code migrate --plan} and {@code sqlmigrate}):
 * the migrations applied or undone, each operation, and the exact commands it sends.
 *
 * @param steps the migrations, in the order they run
 */
public record Plan(List<Step> steps) {
    public Plan {
        steps = List.copyOf(steps);
    }

    /** One migration applied, or undone when {@code backwards}, from operation {@code from} (0-based; resumed runs skip the rest). */
    public record Step(Migration migration, boolean backwards, List<PlannedOperation> operations) {
        public Step {
            operations = List.copyOf(operations);
        }
    }

    /** One operation and its commands. */
    public record PlannedOperation(int index, String description, List<Command> commands) {
        public PlannedOperation {
            commands = List.copyOf(commands);
        }
    }

    public boolean isEmpty() {
        return steps.isEmpty();
    }

    /**
     * The plan as text: {@code Planned operations:}, then each migration ({@code Undo} first when
     * undone), its operations indented and their commands under them; or {@code No planned
     * migration operations.}
     */
    @Override
    public String toString() {
        if (steps.isEmpty()) {
            return "No planned migration operations.\n";
        }
        StringBuilder out = new StringBuilder("Planned operations:\n");
        for (Step step : steps) {
            out.append(step.backwards() ? "Undo " : "").append(step.migration().label()).append('\n');
            for (PlannedOperation operation : step.operations()) {
                out.append("    ").append(step.backwards() ? "Undo: " : "").append(operation.description()).append('\n');
                for (Command command : operation.commands()) {
                    out.append("        ").append(command).append('\n');
                }
            }
        }
        return out.toString();
    }
}
