package io.djongo.relation;

import java.util.List;

/**
 * References whose target no longer exists (deleted without its references, or by another
 * program): found by {@code QuerySet.checkReferences()}. {@code get()} on such a reference is
 * {@code DoesNotExist}.
 *
 * @param model the model holding the references
 * @param path where it holds them ({@code blog_id}, {@code tags}, {@code authors.profile_id})
 * @param target the referenced model
 * @param missing the referenced ids that do not exist, as Java values
 * @param holders the ids of the objects that hold them (at most the first 1,000)
 */
public record Dangling(String model, String path, String target, List<Object> missing, List<Object> holders) {
    public Dangling {
        missing = List.copyOf(missing);
        holders = List.copyOf(holders);
    }

    @Override
    public String toString() {
        return model + "." + path + " refers to " + missing.size() + " missing " + target + " (" + missing + ") from "
                + holders.size() + " object" + (holders.size() == 1 ? "" : "s");
    }
}
