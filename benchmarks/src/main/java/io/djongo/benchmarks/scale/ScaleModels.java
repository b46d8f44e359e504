package io.djongo.benchmarks.scale;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes the sources of an application with {@code n} models, for the compile-time and start-up
 * benchmarks: each {@code @Model} has ten stored fields of common types, an {@code @EmbeddedModel}
 * and an {@code @ArrayModel} of its own and, after the first, a {@code ForeignKey} to the model
 * before it; so {@code n} models are {@code 3n} annotated classes, 50 models to a package.
 *
 * <p>{@code plain} writes the same classes without {@code extends Model_}, for compiling the same
 * POJOs with plain javac ({@code -proc:none}), which cannot see generated superclasses.
 *
 * <pre>{@code java -cp ... io.djongo.benchmarks.scale.ScaleModels 500 target/scale/src [plain]}</pre>
 */
public final class ScaleModels {
    private ScaleModels() {}

    /** Models per package: an application's apps. */
    static final int PER_PACKAGE = 50;

    public static void main(String[] args) throws IOException {
        if (args.length < 2) {
            throw new IllegalArgumentException("usage: ScaleModels <models> <source dir> [plain]");
        }
        List<Path> files = write(Integer.parseInt(args[0]), Path.of(args[1]), args.length > 2 && args[2].equals("plain"));
        System.out.println(files.size() + " source files in " + args[1]);
    }

    /** Writes the sources of {@code n} models under {@code root}; returns the files written. */
    public static List<Path> write(int n, Path root, boolean plain) throws IOException {
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            String pkg = packageOf(i);
            Path dir = root.resolve(pkg.replace('.', '/'));
            Files.createDirectories(dir);
            String model = modelName(i);
            files.add(write(dir.resolve(model + ".java"), model(i, plain)));
            files.add(write(dir.resolve(model + "Info.java"), info(i)));
            files.add(write(dir.resolve(model + "Line.java"), line(i)));
        }
        return files;
    }

    static String packageOf(int i) {
        return String.format("scale.app%02d", i / PER_PACKAGE);
    }

    static String modelName(int i) {
        return String.format("Model%04d", i);
    }

    private static Path write(Path file, String text) throws IOException {
        Files.writeString(file, text);
        return file;
    }

    private static String model(int i, boolean plain) {
        String name = modelName(i);
        String parent = i == 0 ? "" : """

                    @ForeignKey(onDelete = OnDelete.SET_NULL)
                    Ref<%s> parent;
                """.formatted(packageOf(i - 1) + "." + modelName(i - 1));
        return """
                package %s;

                import io.djongo.annotations.Field;
                import io.djongo.annotations.ForeignKey;
                import io.djongo.annotations.Id;
                import io.djongo.annotations.Model;
                import io.djongo.annotations.OnDelete;
                import io.djongo.relation.Ref;
                import java.time.Instant;
                import java.util.List;
                import java.util.Map;
                import org.bson.types.ObjectId;

                /** Model %d of the scale benchmark. */
                @Model
                public class %s%s {
                    @Id
                    ObjectId id;
                    @Field(maxLength = 200)
                    String title;
                    String body;
                    int rating;
                    long views;
                    double score;
                    boolean published;
                    Instant created;
                    List<String> tags;
                    Map<String, Integer> votes;
                    %sInfo info;
                    List<%sLine> lines;
                %s}
                """.formatted(packageOf(i), i, name, plain ? "" : " extends " + name + "_", name, name, parent);
    }

    private static String info(int i) {
        return """
                package %s;

                import io.djongo.annotations.EmbeddedModel;

                /** The embedded model of {@link %s}. */
                @EmbeddedModel
                public class %sInfo {
                    String name;
                    String url;
                    int level;
                }
                """.formatted(packageOf(i), modelName(i), modelName(i));
    }

    private static String line(int i) {
        return """
                package %s;

                import io.djongo.annotations.ArrayModel;

                /** The array model of {@link %s}. */
                @ArrayModel
                public class %sLine {
                    String label;
                    String email;
                    double weight;
                }
                """.formatted(packageOf(i), modelName(i), modelName(i));
    }
}
