using Mockhaus.Sql.Syntax;

namespace Mockhaus.Sql.Generation;

// Casts from VARIANT / OBJECT / ARRAY values (DuckDB JSON): https://docs.snowflake.com/en/sql-reference/data-type-conversion
// and https://docs.snowflake.com/en/user-guide/querying-semistructured (casting extracted values).
//
// The generator does not know column types, so a cast whose operand might be a VARIANT goes through an sf_* macro
// that checks typeof(x) = 'JSON' (folded when the query is bound) and applies Snowflake's VARIANT rules only then:
// a VARIANT string cast to text has no quotes, a JSON null becomes SQL NULL, and a value that does not convert (an
// OBJECT or ARRAY to a number, "abc" to a number) fails with Snowflake's "Failed to cast variant value <json> to
// <FIXED|REAL|...>" (100071; a plain string keeps "Numeric value 'abc' is not recognized"). The conversions themselves
// (numeric strings to NUMBER, "2020-01-02" to DATE, true to BOOLEAN, rounding to the target scale) are DuckDB's JSON
// casts, which agree.
public sealed partial class DuckDbGenerator
{
    /// <summary>The cast with VARIANT rules, or null when the operand cannot be a VARIANT or the target needs none.</summary>
    private string? VariantCast(CastExpression cast, string operand, string target)
    {
        if (cast.Style == CastStyle.TryCast || cast.Operand is StringLiteral or NumberLiteral or BooleanLiteral or NullLiteral or TypedLiteral)
            return null;
        // A cast to a scalar type is not a VARIANT any more: v:a::int::string needs no second check.
        if (cast.Operand is CastExpression { Type: var inner } && !TypeMapper.IsSemiStructured(inner))
            return null;
        var name = cast.Type.Name.ToUpperInvariant();
        if (TypeMapper.IsText(cast.Type))
        {
            Note("VARIANT -> text without JSON quotes");
            // A path is JSON for sure: json_extract_string reads strings unquoted and JSON null as NULL in one step.
            return cast.Operand is PathAccess path ? $"json_extract_string({PathOperand(path)}, {QuoteString(JsonPath(path))})" : $"sf_cast_text({operand})";
        }
        if (name is "OBJECT" or "ARRAY")
        {
            Note("cast to OBJECT/ARRAY checks the VARIANT's type");
            return $"sf_cast_compound({operand}, '{name}')";
        }
        if (TypeMapper.IsSemiStructured(cast.Type) || name is "BINARY" or "VARBINARY")
            return null;
        Note("VARIANT -> scalar: values that do not convert fail as in Snowflake");
        // NUMBER(38,0) is HUGEINT, whose casts round 2.5 to even; DECIMAL(38,0) rounds half away from zero as Snowflake.
        var via = target == TypeMapper.WholeNumber ? "DECIMAL(38, 0)" : target;
        var checkedCast = $"CASE WHEN typeof({operand}) <> 'JSON' THEN CAST({operand} AS {via}) " +
               $"ELSE sf_variant_checked({operand}, TRY_CAST({operand} AS {via}), '{SnowflakeTypeName(cast.Type, target)}') END";
        return via == target ? checkedCast : $"CAST({checkedCast} AS {target})";
    }

    /// <summary>The type name Snowflake's cast errors use: FIXED for NUMBER and the integer types, REAL for floats.</summary>
    private static string SnowflakeTypeName(DataType type, string duckDbTarget) =>
        TypeMapper.ExactScale(type) is not null ? "FIXED"
        : duckDbTarget == "DOUBLE" ? "REAL"
        : type.Name.ToUpperInvariant() is "TIMESTAMP" or "DATETIME" ? "TIMESTAMP_NTZ"
        : type.Name.ToUpperInvariant();
}
