package io.paralign.spark;

import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import tools.jackson.databind.JsonNode;

/**
 * A part of the JSON report as a Spark value of a given type: a struct's fields are read by name from the JSON
 * object, so the table has the report's field names and values (rounding included) by construction. A field the type
 * names and the JSON lacks is a bug, not data: it throws.
 */
final class JsonRows {
    private JsonRows() {
    }

    static Object value(JsonNode node, DataType type) {
        if (node == null || node.isNull()) {
            return null;
        }
        if (type instanceof StructType struct) {
            Object[] values = new Object[struct.fields().length];
            for (int k = 0; k < values.length; k++) {
                StructField field = struct.fields()[k];
                JsonNode child = node.get(field.name());
                if (child == null) {
                    throw new IllegalStateException("no field " + field.name() + " in the JSON report's " + node);
                }
                values[k] = value(child, field.dataType());
            }
            return RowFactory.create(values);
        }
        if (type instanceof ArrayType array) {
            Object[] values = new Object[node.size()]; // Spark's row encoder takes arrays and Scala sequences
            int k = 0;
            for (JsonNode element : node) {
                values[k++] = value(element, array.elementType());
            }
            return values;
        }
        if (type.equals(DataTypes.StringType)) {
            return node.asString();
        }
        if (type.equals(DataTypes.IntegerType)) {
            return node.intValue();
        }
        if (type.equals(DataTypes.DoubleType)) {
            return node.doubleValue();
        }
        if (type.equals(DataTypes.BooleanType)) {
            return node.booleanValue();
        }
        throw new IllegalArgumentException("no conversion from JSON to " + type);
    }

    /** The struct's value, as a row. */
    static Row row(JsonNode node, StructType type) {
        return (Row) value(node, type);
    }
}
