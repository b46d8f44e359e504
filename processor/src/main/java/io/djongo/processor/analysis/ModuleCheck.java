package io.djongo.processor.analysis;

import com.palantir.javapoet.ClassName;
import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.DirectiveTree;
import com.sun.source.tree.ImportTree;
import com.sun.source.tree.ModuleTree;
import com.sun.source.tree.ProvidesTree;
import com.sun.source.tree.RequiresTree;
import com.sun.source.util.TreePath;
import com.sun.source.util.Trees;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.Element;
import javax.lang.model.element.ModuleElement;
import javax.lang.model.util.Elements;

/**
 * Checks the {@code module-info.java} of a modular compilation against what its models need: the
 * generated code reads {@code io.djongo.runtime}, and the runtime finds the models through
 * {@code provides io.djongo.meta.ModelIndex with <the generated index>}.
 *
 * <p>The module being compiled is read from its syntax tree, never through
 * {@link ModuleElement#getDirectives()}: during annotation processing that call makes javac
 * resolve the {@code provides} line before the processor has generated the class it names, and
 * javac then rejects the line. Compilers without the tree API (ECJ), and compilations that do not
 * include {@code module-info.java} (an IDE recompiling one file), are not checked.
 */
public final class ModuleCheck {
    static final String RUNTIME = "io.djongo.runtime";
    static final String SERVICE = "io.djongo.meta.ModelIndex";

    private final ProcessingEnvironment environment;
    private final Reporter reporter;

    public ModuleCheck(ProcessingEnvironment environment, Reporter reporter) {
        this.environment = environment;
        this.reporter = reporter;
    }

    /** The line that registers {@code index} in a module descriptor. */
    public static String providesLine(ClassName index) {
        return "provides " + SERVICE + " with " + index.canonicalName() + ";";
    }

    /** Reports what the module of {@code declared} (a model or migration) lacks for the index {@code index}. */
    public void check(Element declared, ClassName index) {
        Elements elements = environment.getElementUtils();
        ModuleElement module = elements.getModuleOf(declared);
        if (module == null || module.isUnnamed()) {
            return;
        }
        TreePath path = path(module);
        if (path == null || !(path.getLeaf() instanceof ModuleTree tree)) {
            return;
        }
        CompilationUnitTree unit = path.getCompilationUnit();
        boolean provides = false;
        Set<String> required = new HashSet<>();
        for (DirectiveTree directive : tree.getDirectives()) {
            if (directive instanceof RequiresTree requires) {
                required.add(requires.getModuleName().toString());
            } else if (directive instanceof ProvidesTree line && names(unit, line.getServiceName().toString(), SERVICE)) {
                for (var implementation : line.getImplementationNames()) {
                    provides |= names(unit, implementation.toString(), index.canonicalName());
                }
            }
        }
        String name = module.getQualifiedName().toString();
        if (!readsRuntime(required, new HashSet<>(Set.of(name)))) {
            reporter.report(Diagnostic.MODULE_REQUIRES, module, name);
        }
        if (!provides) {
            reporter.report(Diagnostic.MODULE_PROVIDES, module, name, index.canonicalName(), providesLine(index));
        }
    }

    private TreePath path(ModuleElement module) {
        try {
            return Trees.instance(environment).getPath(module);
        } catch (IllegalArgumentException | NoClassDefFoundError e) {
            return null; // not javac
        }
    }

    /** Whether {@code written}, as written in the descriptor, names {@code qualified}, directly or through an import. */
    private static boolean names(CompilationUnitTree unit, String written, String qualified) {
        if (written.equals(qualified)) {
            return true;
        }
        String simple = qualified.substring(qualified.lastIndexOf('.') + 1);
        if (!written.equals(simple)) {
            return false;
        }
        List<? extends ImportTree> imports = unit.getImports();
        for (ImportTree imported : imports) {
            String name = imported.getQualifiedIdentifier().toString();
            if (!imported.isStatic() && (name.equals(qualified)
                    || name.equals(qualified.substring(0, qualified.lastIndexOf('.')) + ".*"))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the runtime is among {@code required} or read through a {@code requires transitive}
     * of one of them. Those modules are compiled already, so their directives are safe to read.
     */
    private boolean readsRuntime(Set<String> required, Set<String> visited) {
        if (required.contains(RUNTIME)) {
            return true;
        }
        for (String name : required) {
            if (!visited.add(name)) {
                continue;
            }
            ModuleElement other = environment.getElementUtils().getModuleElement(name);
            if (other == null) {
                continue;
            }
            Set<String> transitive = new HashSet<>();
            for (ModuleElement.Directive directive : other.getDirectives()) {
                if (directive instanceof ModuleElement.RequiresDirective requires && requires.isTransitive()) {
                    transitive.add(requires.getDependency().getQualifiedName().toString());
                }
            }
            if (readsRuntime(transitive, visited)) {
                return true;
            }
        }
        return false;
    }
}
