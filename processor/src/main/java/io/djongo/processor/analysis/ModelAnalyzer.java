package io.djongo.processor.analysis;

import com.palantir.javapoet.ClassName;
import io.djongo.annotations.ArrayModel;
import io.djongo.annotations.EmbeddedModel;
import io.djongo.annotations.Field;
import io.djongo.annotations.ForeignKey;
import io.djongo.annotations.Id;
import io.djongo.annotations.ManyToMany;
import io.djongo.annotations.OneToOne;
import io.djongo.annotations.Model;
import io.djongo.annotations.Transient;
import io.djongo.annotations.Version;
import io.djongo.processor.model.Access;
import io.djongo.processor.model.FieldModel;
import io.djongo.processor.model.FieldOptions;
import io.djongo.processor.model.ConstraintModel;
import io.djongo.processor.model.Creator;
import io.djongo.processor.model.FieldType;
import io.djongo.processor.model.GeneratedNames;
import io.djongo.processor.model.Literal;
import io.djongo.processor.model.ModelClass;
import io.djongo.processor.model.ModelKind;
import io.djongo.processor.model.ModelOptions;
import io.djongo.processor.model.RelationModel;
import io.djongo.processor.model.ValueKind;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.NestingKind;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.RecordComponentElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.MirroredTypeException;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * Validates one annotated class and builds its {@link ModelClass}. Every problem is reported on
 * the element it concerns and analysis continues, so one compilation shows all of them.
 */
public final class ModelAnalyzer {
    private final Elements elements;
    private final Types types;
    private final Reporter reporter;
    private final TypeAnalyzer typeAnalyzer;
    private final ConstraintAnalyzer constraints;
    private final CreatorAnalyzer creators;

    public ModelAnalyzer(Elements elements, Types types, Reporter reporter) {
        this(elements, types, reporter, false);
    }

    /** @param lastRound whether a missing type will never appear, so it is reported instead of deferred */
    public ModelAnalyzer(Elements elements, Types types, Reporter reporter, boolean lastRound) {
        this.elements = elements;
        this.types = types;
        this.reporter = reporter;
        this.typeAnalyzer = new TypeAnalyzer(types, reporter, lastRound);
        this.constraints = new ConstraintAnalyzer(elements, reporter);
        this.creators = new CreatorAnalyzer(elements, types, reporter);
    }

    /** The result of analysing a class: a model, nothing (errors were reported), or a wait for the next round. */
    public record Outcome(ModelClass model, boolean deferred) {
        static final Outcome FAILED = new Outcome(null, false);
        static final Outcome DEFERRED = new Outcome(null, true);
    }

    /** Reports a {@code @Creator} on {@code element} when it is not in a model class, where it does nothing. */
    public void checkCreatorPlacement(Element element) {
        Element owner = element.getEnclosingElement();
        if (element instanceof ExecutableElement && declaredKind(owner).isEmpty()) {
            reporter.report(Diagnostic.CREATOR_NOT_USABLE, element, CreatorAnalyzer.describe((ExecutableElement) element),
                    "is in " + owner.getSimpleName() + ", not a @Model, @EmbeddedModel or @ArrayModel",
                    "Remove @Creator, or annotate " + owner.getSimpleName() + " as a model");
        }
    }

    /** The kind declared by the annotations on {@code element}, or empty when it has none. */
    public static Optional<ModelKind> declaredKind(Element element) {
        if (element.getAnnotation(Model.class) != null) {
            return Optional.of(ModelKind.MODEL);
        }
        if (element.getAnnotation(EmbeddedModel.class) != null) {
            return Optional.of(ModelKind.EMBEDDED);
        }
        if (element.getAnnotation(ArrayModel.class) != null) {
            return Optional.of(ModelKind.ARRAY);
        }
        return Optional.empty();
    }

    public Outcome analyze(Element annotated) {
        ModelKind kind = declaredKind(annotated).orElseThrow();
        if (annotated.getKind() != ElementKind.CLASS && annotated.getKind() != ElementKind.RECORD) {
            reporter.report(Diagnostic.NOT_A_CLASS, annotated, kind.annotation(), article(annotated.getKind()),
                    annotated.getSimpleName());
            return Outcome.FAILED;
        }
        TypeElement type = (TypeElement) annotated;
        int errorsBefore = reporter.errorCount();
        boolean valid = checkAnnotations(type, kind) & checkDeclaration(type, kind);
        boolean isRecord = type.getKind() == ElementKind.RECORD;

        String collection = null;
        if (kind == ModelKind.MODEL) {
            collection = type.getAnnotation(Model.class).collection();
            if (collection.isEmpty()) {
                collection = Names.snakeCase(type.getSimpleName().toString());
            }
            String reason = Names.invalidCollectionReason(collection);
            if (reason != null) {
                reporter.report(Diagnostic.BAD_COLLECTION, type, collection, type.getSimpleName(), reason);
                valid = false;
            }
            valid &= checkReadWriteOptions(type);
        }

        ClassName className = ClassName.get(type);
        ClassName metamodel = GeneratedNames.companion(className);
        boolean extendsMetamodel = extendsMetamodel(type, metamodel);
        if (kind == ModelKind.MODEL && !isRecord && !extendsMetamodel) {
            noteCompanionNotExtended(type, metamodel);
        }

        List<Candidate> candidates = isRecord ? recordComponents(type) : classFields(type, metamodel);
        Map<String, VariableElement> parameters = creators.likelyParameters(type,
                candidates.stream().anyMatch(candidate -> candidate.unassignable() != null));
        List<FieldModel> fields = new ArrayList<>();
        boolean deferred = false;
        for (Candidate candidate : candidates) {
            FieldOutcome outcome = field(type, kind, candidate.withParameter(parameters.get(candidate.name())));
            deferred |= outcome.deferred;
            valid &= outcome.valid;
            if (outcome.field != null) {
                fields.add(outcome.field);
            }
        }
        if (deferred) {
            return Outcome.DEFERRED;
        }
        Creator creator = null;
        if (!type.getModifiers().contains(Modifier.ABSTRACT)) {
            List<CreatorAnalyzer.Field> creatorFields = new ArrayList<>();
            for (Candidate candidate : candidates) {
                creatorFields.add(new CreatorAnalyzer.Field(candidate.name(), candidate.type(), candidate.unassignable(),
                        candidate.initialized(), candidate.element()));
            }
            CreatorAnalyzer.Choice choice = creators.choose(type, isRecord, creatorFields);
            valid &= choice.valid();
            if (choice.creator() != null) {
                creator = new Creator(choice.parameters(), choice.creator().getKind() == ElementKind.METHOD
                        ? choice.creator().getSimpleName().toString() : null, choice.creator());
            }
        }
        valid &= checkIds(type, kind, fields, declaresId(type, isRecord, parameters.values()));
        valid &= checkVersions(type, fields);
        valid &= checkBsonNames(fields);
        // Any error reported while analysing this class (even one found outside these checks) fails it.
        if (!valid || reporter.errorCount() > errorsBefore) {
            return Outcome.FAILED;
        }
        // a many-to-many through another model stores nothing here: it is a relation, not a field
        List<FieldModel> stored = new ArrayList<>();
        List<FieldModel> through = new ArrayList<>();
        for (FieldModel field : fields) {
            (field.relation() != null && !field.relation().stored() ? through : stored).add(field);
        }
        return new Outcome(new ModelClass(type, className, kind, collection, creator, extendsMetamodel, stored,
                modelOptions(type, kind).withThrough(through)), false);
    }

    // ---- the class itself

    private boolean checkAnnotations(TypeElement type, ModelKind kind) {
        List<String> present = new ArrayList<>();
        for (ModelKind candidate : ModelKind.values()) {
            if (has(type, candidate)) {
                present.add(candidate.annotation());
            }
        }
        if (present.size() > 1) {
            reporter.report(Diagnostic.CONFLICTING_ANNOTATIONS, type, type.getSimpleName(), present.get(0), present.get(1));
            return false;
        }
        return true;
    }

    private static boolean has(Element element, ModelKind kind) {
        switch (kind) {
            case MODEL:
                return element.getAnnotation(Model.class) != null;
            case EMBEDDED:
                return element.getAnnotation(EmbeddedModel.class) != null;
            default:
                return element.getAnnotation(ArrayModel.class) != null;
        }
    }

    private boolean checkDeclaration(TypeElement type, ModelKind kind) {
        boolean valid = true;
        String name = type.getSimpleName().toString();
        if (type.getNestingKind() == NestingKind.LOCAL || type.getNestingKind() == NestingKind.ANONYMOUS
                || (type.getNestingKind() == NestingKind.MEMBER && !type.getModifiers().contains(Modifier.STATIC)
                        && type.getKind() != ElementKind.RECORD)) {
            reporter.report(Diagnostic.NOT_STATIC, type, kind.annotation(), name);
            valid = false;
        }
        for (Element enclosing = type; enclosing instanceof TypeElement; enclosing = enclosing.getEnclosingElement()) {
            if (enclosing.getModifiers().contains(Modifier.PRIVATE)) {
                reporter.report(Diagnostic.NOT_ACCESSIBLE, type, kind.annotation(), name);
                valid = false;
                break;
            }
        }
        if (type.getModifiers().contains(Modifier.ABSTRACT)) {
            reporter.report(Diagnostic.ABSTRACT, type, kind.annotation(), name);
            valid = false;
        }
        if (!type.getTypeParameters().isEmpty()) {
            reporter.report(Diagnostic.GENERIC, type, kind.annotation(), name);
            valid = false;
        }
        return valid;
    }

    /**
     * Whether {@code type} declares {@code extends Foo_}. In the first round {@code Foo_} does not
     * exist yet and the superclass is an error type that still carries the name as written.
     */
    public static boolean extendsMetamodel(TypeElement type) {
        return extendsMetamodel(type, GeneratedNames.companion(ClassName.get(type)));
    }

    private static boolean extendsMetamodel(TypeElement type, ClassName metamodel) {
        TypeMirror superclass = type.getSuperclass();
        if (superclass.getKind() == TypeKind.ERROR) {
            String written = superclass.toString();
            return written.equals(metamodel.simpleName()) || written.equals(metamodel.canonicalName());
        }
        if (superclass.getKind() == TypeKind.DECLARED) {
            TypeElement element = (TypeElement) ((DeclaredType) superclass).asElement();
            return element.getQualifiedName().contentEquals(metamodel.canonicalName());
        }
        return false;
    }

    /**
     * A class {@code @Model} that does not extend its companion has no {@code objects()} or
     * {@code save()} of its own, and javac says only "cannot find symbol" where it is used: say why,
     * where the class is declared. Noted when the class could extend the companion (it extends
     * nothing else), or when it extends a class that does not exist and is named like a companion (a
     * misspelt {@code extends Books_}).
     */
    private void noteCompanionNotExtended(TypeElement type, ClassName metamodel) {
        if (suppressed(type, Diagnostic.COMPANION_NOT_EXTENDED)) {
            return;
        }
        String name = type.getSimpleName().toString();
        String companion = metamodel.simpleName();
        TypeMirror superclass = type.getSuperclass();
        String situation;
        String fix;
        if (superclass.getKind() == TypeKind.ERROR && superclass.toString().endsWith("_")) {
            String written = superclass.toString();
            situation = "extends " + written + ", which does not exist: the companion the processor generates for it is "
                    + companion;
            fix = "Write 'extends " + companion + "'" + (Suggestions.closest(written, List.of(companion)) == null
                    ? "" : " (did you mean " + companion + "?)");
        } else if (superclass.getKind() == TypeKind.DECLARED
                && ((TypeElement) ((DeclaredType) superclass).asElement()).getQualifiedName().contentEquals("java.lang.Object")) {
            situation = "does not extend its generated companion " + companion;
            fix = "Declare it 'class " + name + " extends " + companion + "' to give it Django's " + name + ".objects() and "
                    + Character.toLowerCase(name.charAt(0)) + name.substring(1) + ".save()";
        } else {
            return; // it extends another class, and a class has one superclass
        }
        reporter.report(Diagnostic.COMPANION_NOT_EXTENDED, type, name, situation, name, companion, name, fix, companion,
                companion);
    }

    /** Whether {@code @SuppressWarnings("djongo:<tag>")} (or {@code "djongo"}) on {@code element} silences {@code diagnostic}. */
    private static boolean suppressed(Element element, Diagnostic diagnostic) {
        SuppressWarnings suppress = element.getAnnotation(SuppressWarnings.class);
        if (suppress == null) {
            return false;
        }
        for (String key : suppress.value()) {
            if (key.equals("djongo") || key.equals("djongo:" + diagnostic.tag())) {
                return true;
            }
        }
        return false;
    }

    // ---- the fields

    /**
     * A persistent-field candidate: where it is declared and how it is reached.
     *
     * @param element where diagnostics about the field go: the field, or a record's backing field
     * @param declarations the elements whose annotations count as the field's: the field, the record
     *     component, and the creator's parameter of the same name (where Kotlin puts them)
     * @param missingAccessor the accessors it lacks to be read ("getter", "getter and setter"), or {@code null}
     * @param unassignable why it cannot be set on an instance ("final", "private, without a setter",
     *     "a record component"), or {@code null} when it can
     * @param initialized whether it is final with a constant value in its declaration
     */
    private record Candidate(Element element, String name, TypeMirror type, List<Element> declarations, Access access,
            String missingAccessor, String unassignable, boolean initialized) {

        Candidate withParameter(VariableElement parameter) {
            if (parameter == null || declarations.contains(parameter)) {
                return this;
            }
            List<Element> all = new ArrayList<>(declarations);
            all.add(parameter);
            return new Candidate(element, name, type, List.copyOf(all), access, missingAccessor, unassignable, initialized);
        }

        /** The annotation {@code annotation} on the first declaration that has it. */
        <A extends java.lang.annotation.Annotation> A annotation(Class<A> annotation) {
            for (Element declaration : declarations) {
                A found = declaration.getAnnotation(annotation);
                if (found != null) {
                    return found;
                }
            }
            return null;
        }
    }

    private List<Candidate> recordComponents(TypeElement type) {
        List<Candidate> candidates = new ArrayList<>();
        Map<String, VariableElement> backingFields = new HashMap<>();
        for (VariableElement field : ElementFilter.fieldsIn(type.getEnclosedElements())) {
            backingFields.put(field.getSimpleName().toString(), field);
        }
        for (RecordComponentElement component : type.getRecordComponents()) {
            String name = component.getSimpleName().toString();
            // Diagnostics go on the backing field: javac 17 gives a RecordComponentElement no position.
            Element located = backingFields.containsKey(name) ? backingFields.get(name) : component;
            if (located.getAnnotation(Transient.class) != null) {
                reporter.report(Diagnostic.TRANSIENT_RECORD_COMPONENT, located, name);
            }
            candidates.add(new Candidate(located, name, component.asType(),
                    located == component ? List.of(component) : List.of(located, component),
                    Access.record(component.getAccessor().getSimpleName().toString()), null, "a record component", false));
        }
        return candidates;
    }

    /**
     * The instance fields of the class and of its superclasses (up to {@code Object} or the
     * generated metamodel), superclass fields first, as they are laid out in the document.
     */
    private List<Candidate> classFields(TypeElement type, ClassName metamodel) {
        List<TypeElement> hierarchy = new ArrayList<>();
        for (TypeElement current = type; current != null; current = superclassOf(current, metamodel)) {
            hierarchy.add(0, current);
        }
        PackageElement modelPackage = elements.getPackageOf(type);
        List<Candidate> candidates = new ArrayList<>();
        for (TypeElement declaring : hierarchy) {
            List<ExecutableElement> methods = ElementFilter.methodsIn(elements.getAllMembers(declaring));
            for (VariableElement field : ElementFilter.fieldsIn(declaring.getEnclosedElements())) {
                Set<Modifier> modifiers = field.getModifiers();
                if (modifiers.contains(Modifier.STATIC) || modifiers.contains(Modifier.TRANSIENT)
                        || field.getAnnotation(Transient.class) != null) {
                    if (field.getAnnotation(Id.class) != null && !modifiers.contains(Modifier.STATIC)) {
                        boolean annotated = field.getAnnotation(Transient.class) != null;
                        reporter.report(Diagnostic.ID_TRANSIENT, field, field.getSimpleName(),
                                annotated ? "@Transient" : "transient", annotated ? "@Transient" : "'transient'");
                    }
                    continue;
                }
                candidates.add(classField(field, modelPackage, methods));
            }
        }
        return candidates;
    }

    private TypeElement superclassOf(TypeElement type, ClassName metamodel) {
        TypeMirror superclass = type.getSuperclass();
        if (superclass.getKind() != TypeKind.DECLARED) {
            return null; // Object's superclass, or the not-yet-generated metamodel
        }
        TypeElement element = (TypeElement) ((DeclaredType) superclass).asElement();
        String name = element.getQualifiedName().toString();
        if (name.equals("java.lang.Object") || name.equals("java.lang.Record") || name.equals(metamodel.canonicalName())) {
            return null;
        }
        return element;
    }

    private Candidate classField(VariableElement field, PackageElement modelPackage, List<ExecutableElement> methods) {
        String name = field.getSimpleName().toString();
        TypeMirror type = field.asType();
        boolean samePackage = elements.getPackageOf(field).equals(modelPackage);
        Set<Modifier> modifiers = field.getModifiers();
        boolean direct = modifiers.contains(Modifier.PUBLIC)
                || (samePackage && !modifiers.contains(Modifier.PRIVATE));
        boolean isFinal = modifiers.contains(Modifier.FINAL);
        boolean initialized = isFinal && field.getConstantValue() != null;
        if (direct) {
            return new Candidate(field, name, type, List.of(field),
                    isFinal ? Access.createdOnly(Access.Read.FIELD, name) : Access.field(name), null,
                    isFinal ? "final" : null, initialized);
        }
        // Getters in order of preference: JavaBeans' getTitle() and isActive(), then the record and
        // Immutables style title(); a setter only where the field is not final.
        String capitalized = Names.capitalize(name);
        String getter = null;
        int getterRank = Integer.MAX_VALUE;
        String setter = null;
        for (ExecutableElement method : methods) {
            if (!usable(method, modelPackage)) {
                continue;
            }
            String methodName = method.getSimpleName().toString();
            if (method.getParameters().isEmpty() && types.isSameType(method.getReturnType(), type)) {
                int rank = methodName.equals("get" + capitalized) ? 0
                        : type.getKind() == TypeKind.BOOLEAN && methodName.equals("is" + capitalized) ? 1
                        : methodName.equals(name) ? 2 : Integer.MAX_VALUE;
                if (rank < getterRank) {
                    getter = methodName;
                    getterRank = rank;
                }
            } else if (!isFinal && method.getParameters().size() == 1 && methodName.equals("set" + capitalized)
                    && types.isSameType(method.getParameters().get(0).asType(), type)) {
                setter = methodName;
            }
        }
        if (getter == null) {
            String missing = setter == null && !isFinal ? "getter and setter" : "getter";
            return new Candidate(field, name, type, List.of(field), Access.createdOnly(Access.Read.FIELD, name), missing,
                    null, initialized);
        }
        if (setter == null) {
            return new Candidate(field, name, type, List.of(field), Access.createdOnly(Access.Read.METHOD, getter), null,
                    isFinal ? "final" : "private, without a setter", initialized);
        }
        return new Candidate(field, name, type, List.of(field), Access.bean(getter, setter), null, null, false);
    }

    private boolean usable(ExecutableElement method, PackageElement modelPackage) {
        Set<Modifier> modifiers = method.getModifiers();
        if (modifiers.contains(Modifier.STATIC) || modifiers.contains(Modifier.PRIVATE)) {
            return false;
        }
        return modifiers.contains(Modifier.PUBLIC) || elements.getPackageOf(method).equals(modelPackage);
    }

    private record FieldOutcome(FieldModel field, boolean valid, boolean deferred) {}

    private FieldOutcome field(TypeElement owner, ModelKind kind, Candidate candidate) {
        Element element = candidate.element();
        String name = candidate.name();
        boolean valid = true;
        if (candidate.missingAccessor() != null) {
            String capitalized = Names.capitalize(name);
            boolean getterOnly = candidate.missingAccessor().equals("getter");
            String add = getterOnly ? "get" + capitalized + "()" : "get" + capitalized + "() and set" + capitalized + "(...)";
            reporter.report(Diagnostic.PRIVATE_FIELD, element, name, candidate.missingAccessor(),
                    getterOnly ? "read" : "read or set", add);
            valid = false;
        }

        TypeAnalyzer.Result typeResult = typeAnalyzer.analyze(candidate.type(), element, name);
        if (typeResult.deferred()) {
            return new FieldOutcome(null, false, true);
        }
        FieldType type = typeResult.type();
        List<Element> declarations = candidate.declarations();
        boolean id = candidate.annotation(Id.class) != null;
        boolean version = candidate.annotation(Version.class) != null;
        Field field = candidate.annotation(Field.class);

        boolean reference = type != null && type.kind() == ValueKind.REFERENCE;
        String bsonName = id ? "_id" : field != null && !field.name().isEmpty() ? field.name()
                : reference ? name + "_id" : name;
        String reason = id ? null : Names.invalidKeyReason(bsonName);
        if (reason == null && !id && bsonName.equals("_id")) {
            reason = "\"_id\" is reserved for the @Id field";
        }
        if (reason != null) {
            reporter.report(Diagnostic.BAD_BSON_NAME, element, bsonName, name, reason);
            valid = false;
        }
        if (type == null) {
            return new FieldOutcome(null, false, false);
        }
        FieldOptions options = options(field, element, name, type, owner.getSimpleName().toString(), declarations,
                candidate.type());
        if (options == null) {
            valid = false;
        }
        if (version) {
            valid &= checkVersion(owner, kind, element, name, type, id);
        }
        RelationModel relation = relation(owner, candidate, element, name, type);
        if (relation == INVALID) {
            valid = false;
            relation = null;
        } else if (relation != null && options != null) {
            if ("SET_NULL".equals(relation.onDelete()) && !options.nullable()) {
                reporter.report(Diagnostic.SET_NULL_NOT_NULLABLE, element, name);
                valid = false;
            }
            if ("SET_DEFAULT".equals(relation.onDelete()) && options.defaultValue() == null) {
                reporter.report(Diagnostic.SET_DEFAULT_WITHOUT_DEFAULT, element, name, relation.target().simpleName());
                valid = false;
            }
        }
        if (id && kind != ModelKind.MODEL) {
            reporter.report(Diagnostic.ID_IN_EMBEDDED, element, owner.getSimpleName(), article(kind), name,
                    owner.getSimpleName());
            valid = false;
        }
        if (id && !isIdType(type)) {
            reporter.report(Diagnostic.ID_TYPE, element, name, type.typeName());
            valid = false;
        }
        if (!valid) {
            return new FieldOutcome(null, false, false);
        }
        return new FieldOutcome(new FieldModel(name, bsonName, type, candidate.access(), id, version, options, element,
                false, javadoc(element), relation), true, false);
    }

    /** Marks a relation whose annotations were reported as wrong. */
    private static final RelationModel INVALID = new RelationModel("INVALID", ClassName.get("", "Invalid"), null, "");

    /**
     * The relation a reference field declares ({@code @ForeignKey}, {@code @OneToOne},
     * {@code @ManyToMany}); {@code null} for other fields, {@link #INVALID} when reported.
     */
    private RelationModel relation(TypeElement owner, Candidate candidate, Element element, String name, FieldType type) {
        ForeignKey foreignKey = candidate.annotation(ForeignKey.class);
        OneToOne oneToOne = candidate.annotation(OneToOne.class);
        ManyToMany manyToMany = candidate.annotation(ManyToMany.class);
        if (type == null) {
            return null;
        }
        String ownerName = owner.getSimpleName().toString();
        if (type.kind() == ValueKind.REFERENCE) {
            String target = type.modelClass().simpleName();
            if (manyToMany != null) {
                reporter.report(Diagnostic.RELATION_TYPE, element, "ManyToMany", name, type.typeName(), "RefList<" + target + ">");
                return INVALID;
            }
            if (foreignKey != null && oneToOne != null) {
                reporter.report(Diagnostic.RELATION_CONFLICT, element, name, ownerName);
                return INVALID;
            }
            if (foreignKey == null && oneToOne == null) {
                reporter.report(Diagnostic.RELATION_MISSING, element, name, target, target, target);
                return INVALID;
            }
            String relatedName = foreignKey != null ? foreignKey.relatedName() : oneToOne.relatedName();
            if (!relatedName.isEmpty() && !javax.lang.model.SourceVersion.isName(relatedName)) {
                reporter.report(Diagnostic.BAD_RELATED_NAME, element, relatedName, name, target);
                return INVALID;
            }
            return new RelationModel(foreignKey != null ? "FOREIGN_KEY" : "ONE_TO_ONE", type.modelClass(),
                    (foreignKey != null ? foreignKey.onDelete() : oneToOne.onDelete()).name(), relatedName);
        }
        if (type.kind() == ValueKind.REFERENCES) {
            String target = type.modelClass().simpleName();
            if (foreignKey != null || oneToOne != null) {
                reporter.report(Diagnostic.RELATION_TYPE, element, foreignKey != null ? "ForeignKey" : "OneToOne", name,
                        type.typeName(), "Ref<" + target + ">");
                return INVALID;
            }
            String relatedName = manyToMany == null ? "" : manyToMany.relatedName();
            if (!relatedName.isEmpty() && !javax.lang.model.SourceVersion.isName(relatedName)) {
                reporter.report(Diagnostic.BAD_RELATED_NAME, element, relatedName, name, target);
                return INVALID;
            }
            ClassName through = manyToMany == null ? null : throughClass(manyToMany);
            if (through != null && !isModel(through)) {
                reporter.report(Diagnostic.THROUGH_NOT_MODEL, element, name, through.simpleName(), through.simpleName(),
                        ownerName, target);
                return INVALID;
            }
            if (through != null && owner.getKind() == ElementKind.RECORD) {
                reporter.report(Diagnostic.THROUGH_IN_RECORD, element, name, ownerName, ownerName, ownerName,
                        through.simpleName());
                return INVALID;
            }
            return new RelationModel("MANY_TO_MANY", type.modelClass(), null, relatedName, through);
        }
        String present = foreignKey != null ? "ForeignKey" : oneToOne != null ? "OneToOne" : manyToMany != null
                ? "ManyToMany" : null;
        if (present != null) {
            reporter.report(Diagnostic.RELATION_TYPE, element, present, name, type.typeName(),
                    present.equals("ManyToMany") ? "RefList<Target>" : "Ref<Target>");
            return INVALID;
        }
        return null;
    }

    private boolean isModel(ClassName name) {
        TypeElement element = elements.getTypeElement(name.canonicalName());
        return element != null && element.getAnnotation(Model.class) != null;
    }

    /** The {@code through} class of {@code @ManyToMany}, or {@code null} for the default {@code void.class}. */
    private static ClassName throughClass(ManyToMany manyToMany) {
        TypeMirror mirror;
        try {
            manyToMany.through();
            return null; // only reached when the class is already compiled, which void.class always is
        } catch (MirroredTypeException e) {
            mirror = e.getTypeMirror();
        }
        if (mirror.getKind() != TypeKind.DECLARED) {
            return null;
        }
        return ClassName.get((TypeElement) ((DeclaredType) mirror).asElement());
    }

    /**
     * The documentation comment of a field, trimmed, or {@code null}. Javadoc tags stay as they
     * are; a record component's comment lives in the record's {@code @param} tag, which javac
     * does not hand out per component, so components have none.
     */
    private String javadoc(Element element) {
        String comment = elements.getDocComment(element);
        if (comment == null || comment.isBlank()) {
            return null;
        }
        return comment.strip().replace("*/", "*&#47;");
    }

    private FieldOptions options(Field field, Element element, String name, FieldType type, String owner,
            List<Element> declarations, TypeMirror declared) {
        List<ConstraintModel> valueConstraints = constraints.ofValue(declarations, name, type, owner);
        List<ConstraintModel> elementConstraints = constraints.ofElements(element, declared, name, type, owner);
        if (field == null) {
            FieldOptions defaults = FieldOptions.defaults(type);
            return new FieldOptions(defaults.maxLength(), defaults.nullable(), defaults.blank(), defaults.choices(),
                    false, false, null, true, false, false, "", "", valueConstraints, elementConstraints);
        }
        boolean valid = true;
        if (field.maxLength() != -1) {
            if (field.maxLength() <= 0) {
                reporter.report(Diagnostic.BAD_MAX_LENGTH, element, field.maxLength(), name);
                valid = false;
            } else if (type.kind() != ValueKind.STRING && !(type.kind() == ValueKind.LIST
                    && type.element().kind() == ValueKind.STRING)) {
                reporter.report(Diagnostic.MAX_LENGTH_NOT_STRING, element, field.maxLength(), name, type.typeName());
                valid = false;
            }
        }
        // nullable defaults to true, which a primitive simply cannot honour, so it is recorded as
        // false; only an explicit nullable = true on a primitive is a mistake worth reporting.
        if (type.isPrimitive() && field.nullable()
                && declarations.stream().anyMatch(declaration -> explicitlySet(declaration, "nullable"))) {
            reporter.report(Diagnostic.NULLABLE_PRIMITIVE, element, name, type.typeName(), type.boxed());
            valid = false;
        }
        boolean nullable = field.nullable() && !type.isPrimitive();

        FieldType valueType = type.kind() == ValueKind.LIST || type.kind() == ValueKind.SET ? type.element() : type;
        for (String choice : field.choices()) {
            if (!hasWrittenForm(valueType)) {
                reporter.report(Diagnostic.CHOICES_TYPE, element, name, type.typeName());
                valid = false;
                break;
            }
            try {
                Literal.parse(valueType, choice);
            } catch (IllegalArgumentException e) {
                reporter.report(Diagnostic.BAD_CHOICE, element, name, choice, valueType.typeName(), e.getMessage());
                valid = false;
            }
        }

        Literal defaultValue = null;
        String[] defaults = field.defaultValue();
        if (defaults.length > 1) {
            reporter.report(Diagnostic.DEFAULT_COUNT, element, name, defaults.length);
            valid = false;
        } else if (defaults.length == 1 && type.kind() == ValueKind.REFERENCE) {
            defaultValue = new Literal(type, defaults[0]); // an id of the target, checked once its id type is known
        } else if (defaults.length == 1) {
            if (!hasWrittenForm(type) && !type.kind().isContainer()) {
                reporter.report(Diagnostic.DEFAULT_TYPE, element, name, type.typeName());
                valid = false;
            } else {
                try {
                    defaultValue = Literal.parse(type, defaults[0]);
                } catch (IllegalArgumentException e) {
                    reporter.report(Diagnostic.BAD_DEFAULT, element, defaults[0], name, type.typeName(), e.getMessage());
                    valid = false;
                }
            }
        }

        if (field.autoNow() && field.autoNowAdd()) {
            reporter.report(Diagnostic.AUTO_NOW_BOTH, element, name);
            valid = false;
        } else if ((field.autoNow() || field.autoNowAdd()) && !isTemporal(type)) {
            String option = field.autoNow() ? "autoNow" : "autoNowAdd";
            reporter.report(Diagnostic.AUTO_NOW_TYPE, element, option, name, type.typeName(), option);
            valid = false;
        }
        boolean editable = field.editable() && !field.autoNow() && !field.autoNowAdd();
        return valid ? new FieldOptions(field.maxLength(), nullable, field.blank(), List.of(field.choices()),
                field.unique(), field.index(), defaultValue, editable, field.autoNow(), field.autoNowAdd(), field.label(),
                field.helpText(), valueConstraints, elementConstraints) : null;
    }

    /** Whether values of {@code type} can be written as text in an annotation: scalars and enums. */
    private static boolean hasWrittenForm(FieldType type) {
        return (type.kind().isScalar() && type.kind() != ValueKind.BINARY) || type.kind() == ValueKind.ENUM;
    }

    private static boolean isTemporal(FieldType type) {
        switch (type.kind()) {
            case INSTANT:
            case DATE:
            case LOCAL_DATE:
            case LOCAL_DATE_TIME:
                return true;
            default:
                return false;
        }
    }

    private boolean checkVersion(TypeElement owner, ModelKind kind, Element element, String name, FieldType type,
            boolean id) {
        if (kind != ModelKind.MODEL) {
            reporter.report(Diagnostic.VERSION_NOT_MODEL, element, name, owner.getSimpleName(), article(kind));
            return false;
        }
        if (id) {
            reporter.report(Diagnostic.VERSION_IS_ID, element, name);
            return false;
        }
        if (type.kind() != ValueKind.LONG && type.kind() != ValueKind.INT) {
            reporter.report(Diagnostic.VERSION_TYPE, element, name, type.typeName());
            return false;
        }
        return true;
    }

    private boolean checkVersions(TypeElement type, List<FieldModel> fields) {
        FieldModel first = null;
        for (FieldModel field : fields) {
            if (!field.version()) {
                continue;
            }
            if (first != null) {
                reporter.report(Diagnostic.TWO_VERSIONS, field.element(), type.getSimpleName(), field.name(), first.name());
                return false;
            }
            first = field;
        }
        return true;
    }

    /**
     * The model options read here; ordering and indexes, whose paths may go through models not
     * analysed yet, are resolved later by {@link SchemaAnalyzer}.
     */
    private ModelOptions modelOptions(TypeElement type, ModelKind kind) {
        boolean clean = hasCleanMethod(type);
        if (kind != ModelKind.MODEL) {
            return new ModelOptions(List.of(), List.of(), false, "", "", clean, List.of(), "", "", "", List.of());
        }
        Model model = type.getAnnotation(Model.class);
        return new ModelOptions(List.of(), List.of(), model.serverValidation(), model.label(), model.labelPlural(), clean,
                List.of(), model.readPreference(), model.readConcern(), model.writeConcern(), List.of());
    }

    /** The read preference modes of MongoDB, as {@code @Model(readPreference)} names them. */
    static final List<String> READ_PREFERENCES = List.of("primary", "primaryPreferred", "secondary", "secondaryPreferred",
            "nearest");
    /** The read concern levels of MongoDB. */
    static final List<String> READ_CONCERNS = List.of("local", "available", "majority", "linearizable", "snapshot");

    /** Checks {@code @Model(readPreference, readConcern, writeConcern)}, reporting each bad value on its text. */
    private boolean checkReadWriteOptions(TypeElement type) {
        AnnotationMirror mirror = Annotations.find(type, Model.class.getCanonicalName()).orElse(null);
        if (mirror == null) {
            return true;
        }
        boolean valid = true;
        for (String member : List.of("readPreference", "readConcern", "writeConcern")) {
            AnnotationValue value = Annotations.explicit(mirror, member);
            String written = value == null ? "" : String.valueOf(value.getValue());
            if (written.isEmpty()) {
                continue;
            }
            String problem = null;
            String fix;
            if (member.equals("writeConcern")) {
                fix = "Use \"majority\", or the number of members that must acknowledge each write (\"1\", \"2\", ...)";
                if (written.equals("0")) {
                    problem = "unacknowledged writes report nothing back, so duplicate keys, stale versions and the "
                            + "counts of changed documents would go unseen";
                } else if (!written.equals("majority") && !written.matches("[1-9][0-9]{0,8}")) {
                    String suggestion = Suggestions.closest(written, List.of("majority"));
                    problem = "it is neither \"majority\" nor a positive number"
                            + (suggestion == null ? "" : "; did you mean \"" + suggestion + "\"?");
                }
            } else {
                List<String> choices = member.equals("readPreference") ? READ_PREFERENCES : READ_CONCERNS;
                fix = "Use one of: " + String.join(", ", choices);
                if (!choices.contains(written)) {
                    String suggestion = Suggestions.closest(written, choices);
                    problem = "MongoDB has no " + (member.equals("readPreference") ? "read preference mode" : "read concern level")
                            + " \"" + written + "\"" + (suggestion == null ? "" : "; did you mean \"" + suggestion + "\"?");
                }
            }
            if (problem != null) {
                reporter.report(Diagnostic.BAD_READ_WRITE_OPTION, type, mirror, value, member, written, type.getSimpleName(),
                        problem, fix);
                valid = false;
            }
        }
        return valid;
    }

    /**
     * Whether the model declares (or inherits) Django's {@code clean()} hook: a method
     * {@code void clean()} that generated code can call, for rules over several fields.
     */
    private boolean hasCleanMethod(TypeElement type) {
        PackageElement modelPackage = elements.getPackageOf(type);
        for (ExecutableElement method : ElementFilter.methodsIn(elements.getAllMembers(type))) {
            if (method.getSimpleName().contentEquals("clean") && method.getParameters().isEmpty()
                    && method.getReturnType().getKind() == TypeKind.VOID && usable(method, modelPackage)) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code @Field} on {@code element} sets {@code member} in source, rather than by default. */
    private static boolean explicitlySet(Element element, String member) {
        for (javax.lang.model.element.AnnotationMirror mirror : element.getAnnotationMirrors()) {
            if (((TypeElement) mirror.getAnnotationType().asElement()).getQualifiedName()
                    .contentEquals(Field.class.getCanonicalName())) {
                for (ExecutableElement key : mirror.getElementValues().keySet()) {
                    if (key.getSimpleName().contentEquals(member)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private static boolean isIdType(FieldType type) {
        switch (type.kind()) {
            case OBJECT_ID:
            case STRING:
            case LONG:
            case INT:
            case UUID:
                return true;
            default:
                return false;
        }
    }

    /** Whether a field or component of {@code type} (or of its superclasses) carries @Id, valid or not. */
    private boolean declaresId(TypeElement type, boolean isRecord, java.util.Collection<VariableElement> parameters) {
        if (isRecord) {
            return type.getRecordComponents().stream().anyMatch(component -> component.getAnnotation(Id.class) != null);
        }
        ClassName metamodel = GeneratedNames.companion(ClassName.get(type));
        for (TypeElement current = type; current != null; current = superclassOf(current, metamodel)) {
            for (VariableElement field : ElementFilter.fieldsIn(current.getEnclosedElements())) {
                if (field.getAnnotation(Id.class) != null && !field.getModifiers().contains(Modifier.STATIC)) {
                    return true;
                }
            }
        }
        for (VariableElement parameter : parameters) {
            if (parameter.getAnnotation(Id.class) != null) {
                return true;
            }
        }
        return false;
    }

    private boolean checkIds(TypeElement type, ModelKind kind, List<FieldModel> fields, boolean declaresId) {
        if (kind != ModelKind.MODEL) {
            return true;
        }
        FieldModel first = null;
        boolean valid = true;
        for (FieldModel field : fields) {
            if (!field.id()) {
                continue;
            }
            if (first == null) {
                first = field;
            } else {
                reporter.report(Diagnostic.TWO_IDS, field.element(), type.getSimpleName(), field.name(),
                        first.name());
                valid = false;
            }
        }
        if (first == null) {
            if (!declaresId) { // otherwise the @Id field has its own error already
                reporter.report(Diagnostic.NO_ID, type, type.getSimpleName());
            }
            return false;
        }
        return valid;
    }

    private boolean checkBsonNames(List<FieldModel> fields) {
        Map<String, FieldModel> byKey = new HashMap<>();
        boolean valid = true;
        for (FieldModel field : fields) {
            FieldModel previous = byKey.putIfAbsent(field.bsonName(), field);
            if (previous != null && !(previous.id() && field.id())) { // two ids are reported as TWO_IDS
                // Reported on the later field, the one whose key repeats an earlier one.
                reporter.report(Diagnostic.DUPLICATE_BSON_NAME, field.element(), previous.name(), field.name(), field.bsonName());
                valid = false;
            }
        }
        return valid;
    }

    private static String article(ElementKind kind) {
        String name = kind.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
        return ("aeiou".indexOf(name.charAt(0)) >= 0 ? "an " : "a ") + name;
    }

    private static String article(ModelKind kind) {
        return "an " + kind.annotation();
    }
}
