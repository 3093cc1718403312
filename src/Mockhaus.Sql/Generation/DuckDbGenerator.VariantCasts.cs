using Mockhaus.Sql.Syntax;

namespace Mockhaus.Sql.Generation;

// Casts from VARIANT / OBJECT / ARRAY values (DuckDB JSON): https://docs.snowflake.com/en/sql-reference/data-type-conversion
// and https://docs.snowflake.com/en/user-guide/querying-semistructured (casting extracted values).
//
// The generator does not know column types, so a cast whose operand might be a VARIANT goes through an sf_* macro
// that checks typeof(x) = 'JSON' (folded when the query is bound) and applies Snowflake's VARIANT rules only then:
// a VARIANT string cast to text has no quotes, an OBJECT or ARRAY cast to a scalar type fails with Snowflake's
// "Failed to cast variant value" error, and a JSON null becomes SQL NULL. Other conversions (numeric strings to
// NUMBER, "2020-01-02" to DATE, true to BOOLEAN, rounding to the target scale) are DuckDB's JSON casts, which agree.
public sealed partial class DuckDbGenerator
{
    /// <summary>The cast with VARIANT rules, or null when the operand cannot be a VARIANT or the target needs none.</summary>
    private string? VariantCast(CastExpression cast, string operand, string target)
    {
        if (cast.Style == CastStyle.TryCast || cast.Operand is StringLiteral or NumberLiteral or BooleanLiteral or NullLiteral or TypedLiteral)
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
        Note("VARIANT -> scalar: OBJECT/ARRAY values fail as in Snowflake");
        var family = TypeMapper.ExactScale(cast.Type) is not null ? "NUMBER" : target is "DOUBLE" ? "FLOAT" : name;
        return $"CAST(sf_scalar_of({operand}, '{family}') AS {target})";
    }
}
