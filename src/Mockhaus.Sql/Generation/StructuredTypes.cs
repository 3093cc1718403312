using Mockhaus.Sql.Syntax;

namespace Mockhaus.Sql.Generation;

/// <summary>
/// Structured ARRAY(t), OBJECT(k t, ...) and MAP(k, v) (https://docs.snowflake.com/en/sql-reference/data-types-structured).
///
/// Representation: a structured value is stored and carried as DuckDB JSON, exactly like a semi-structured ARRAY /
/// OBJECT, and only a cast to a structured type goes through DuckDB's typed LIST / STRUCT / MAP (<see cref="TypedForm"/>)
/// to convert every element to its declared type and back to JSON. Why JSON rather than typed LIST/STRUCT/MAP columns:
/// - every function and operator that takes an ARRAY/OBJECT (element access a[0], o:a, o['a'], m['k'], ARRAY_SIZE,
///   ARRAY_CONTAINS, OBJECT_KEYS, GET, FLATTEN, casts to VARIANT/ARRAY/OBJECT) is written for JSON and keeps working
///   unchanged; a typed column would need a second implementation of each, and the generator does not know column
///   types to pick one;
/// - the values still keep their element types: the cast converts them (1.6 into ARRAY(INT) is 2, 1 into
///   ARRAY(VARCHAR) is "1", a missing OBJECT key is null), and a value that does not convert fails;
/// - the declared type lives in the metadata store and reaches DESCRIBE, SHOW COLUMNS, INFORMATION_SCHEMA and the
///   query rowtype (with `fields`), which is what clients decode by.
/// Known differences: element access on a structured value returns a VARIANT (Snowflake: the element type); inserting
/// a semi-structured value into a structured column without a cast does not convert its elements; OBJECT key order
/// follows the cast (declared order) but a value inserted without a cast keeps its own.
/// </summary>
public static class StructuredTypes
{
    /// <summary>The DuckDB type that holds a value of this type with its element types: DECIMAL(38, 0)[], STRUCT("a" VARCHAR), MAP(VARCHAR, DOUBLE).</summary>
    public static string TypedForm(DataType type)
    {
        if (type.Fields is not { } fields)
            return ElementForm(type);
        return type.Name switch
        {
            "ARRAY" => TypedForm(fields[0].Type) + "[]",
            "MAP" => $"MAP({TypedForm(fields[0].Type)}, {TypedForm(fields[1].Type)})",
            _ => $"STRUCT({string.Join(", ", fields.Select(f => $"{QuoteName(f.Name!)} {TypedForm(f.Type)}"))})",
        };
    }

    // NUMBER(38,0) elements convert through DECIMAL(38,0), which rounds half away from zero as Snowflake does
    // (HUGEINT rounds 2.5 to even), and prints whole numbers in JSON.
    private static string ElementForm(DataType type)
    {
        var duckDb = TypeMapper.ToDuckDb(type);
        return duckDb == TypeMapper.WholeNumber ? "DECIMAL(38, 0)" : duckDb;
    }

    /// <summary>The semi-structured kind a value must have before it converts: ARRAY for ARRAY(...), OBJECT for OBJECT(...) and MAP(...).</summary>
    public static string SemiStructuredKind(DataType type) => type.Name == "ARRAY" ? "ARRAY" : "OBJECT";

    private static string QuoteName(string name) => "\"" + name.Replace("\"", "\"\"") + "\"";
}
