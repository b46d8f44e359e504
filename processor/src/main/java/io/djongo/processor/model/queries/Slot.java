package io.djongo.processor.model.queries;

import io.djongo.processor.model.FieldType;
import java.util.Objects;

/**
 * One slot of a template ({@code ?0}): the runtime's {@code io.djongo.query.declared.Slots}
 * function that computes its value from an argument at call time.
 *
 * @param function which function
 * @param codec the field type whose codec encodes the value; {@code null} for functions without one
 * @param arg the argument
 * @param path the BSON path of the field, for encoding errors
 * @param where the condition as written, for argument errors ({@code EntryQueries.byBlog: rating__gte = :min})
 * @param plus for {@link Function#YEAR_START}: the year after the argument when 1
 * @param iso for {@link Function#YEAR_START}: an ISO week-numbering year
 */
public record Slot(Function function, FieldType codec, Arg arg, String path, String where, int plus, boolean iso) {
    public Slot {
        Objects.requireNonNull(function, "function");
        Objects.requireNonNull(arg, "arg");
    }

    public Slot(Function function, FieldType codec, Arg arg, String path, String where) {
        this(function, codec, arg, path, where, 0, false);
    }

    /** The functions of {@code Slots}, by what their arguments are. */
    public enum Function {
        /** {@code value(codec, v, path)}. */
        VALUE("value", Shape.CODEC),
        /** {@code eq(codec, v, path)}. */
        EQ("eq", Shape.CODEC),
        /** {@code required(codec, v, path, where)}. */
        REQUIRED("required", Shape.CODEC_WHERE),
        /** {@code requiredEq(codec, v, path, where)}. */
        REQUIRED_EQ("requiredEq", Shape.CODEC_WHERE),
        /** {@code in(codec, values, path, where)}. */
        IN("in", Shape.CODEC_WHERE),
        /** {@code array(codec, values, path, where)}. */
        ARRAY("array", Shape.CODEC_WHERE),
        /** {@code list(codec, values, path)}: an array, or BSON null. */
        LIST("list", Shape.CODEC),
        /** {@code arrayEq(codec, values, path)}. */
        ARRAY_EQ("arrayEq", Shape.CODEC),
        /** {@code arrays(codec, lists, path, where)}. */
        ARRAYS("arrays", Shape.CODEC_WHERE),
        /** {@code mapEq(codec, map, path)}. */
        MAP_EQ("mapEq", Shape.CODEC),
        /** {@code isNull(flag)}. */
        IS_NULL("isNull", Shape.PLAIN),
        /** {@code keyIsNull(flag)}. */
        KEY_IS_NULL("keyIsNull", Shape.PLAIN),
        STARTS_WITH("startsWith", Shape.WHERE),
        ENDS_WITH("endsWith", Shape.WHERE),
        CONTAINS("contains", Shape.WHERE),
        EXACT("exact", Shape.WHERE),
        REGEX("regex", Shape.WHERE),
        I_EXACT("iExact", Shape.WHERE),
        DAY("day", Shape.WHERE),
        NEXT_DAY("nextDay", Shape.WHERE),
        /** {@code yearStart(year, plus, iso, where)}. */
        YEAR_START("yearStart", Shape.YEAR),
        WHOLE("whole", Shape.WHERE),
        WHOLES("wholes", Shape.WHERE),
        TIME("time", Shape.WHERE),
        TIMES("times", Shape.WHERE),
        NUMBER("number", Shape.WHERE),
        /** {@code pushAll(codec, values, path, where)}. */
        PUSH_ALL("pushAll", Shape.CODEC_WHERE),
        /** {@code each(codec, values, path, where)}. */
        EACH("each", Shape.CODEC_WHERE),
        /** {@code literal(codec, v, path)}. */
        LITERAL("literal", Shape.CODEC),
        /**
         * The filter document of a query whose filter is built at call time, put in the command of an
         * update or a deletion: the argument itself, no function.
         */
        FILTER(null, Shape.RAW);

        private final String method;
        private final Shape shape;

        Function(String method, Shape shape) {
            this.method = method;
            this.shape = shape;
        }

        public String method() {
            return method;
        }

        public Shape shape() {
            return shape;
        }
    }

    /** The parameters a function takes besides the argument. */
    public enum Shape {
        /** {@code (arg)}. */
        PLAIN,
        /** {@code (arg, where)}. */
        WHERE,
        /** {@code (codec, arg, path)}. */
        CODEC,
        /** {@code (codec, arg, path, where)}. */
        CODEC_WHERE,
        /** {@code (arg, plus, iso, where)}. */
        YEAR,
        /** The argument itself. */
        RAW
    }
}
