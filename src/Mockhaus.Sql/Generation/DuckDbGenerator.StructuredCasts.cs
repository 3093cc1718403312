using Mockhaus.Sql.Syntax;

namespace Mockhaus.Sql.Generation;

// Casts to structured types: [1,2]::ARRAY(INT), {'a':1}::OBJECT(a INT), PARSE_JSON(...)::MAP(VARCHAR, INT)
// (https://docs.snowflake.com/en/sql-reference/data-types-structured#casting-structured-and-semi-structured-types).
// The value must be an ARRAY (resp. OBJECT) first: sf_cast_compound checks that with Snowflake's "Failed to cast
// variant value" error; DuckDB's JSON -> LIST/STRUCT/MAP cast then converts every element, and to_json stores the
// result as JSON again (see StructuredTypes for why structured values are JSON).
public sealed partial class DuckDbGenerator
{
    private string StructuredCast(CastExpression cast, string operand)
    {
        Note("cast to structured type -> typed DuckDB LIST/STRUCT/MAP and back to JSON");
        var kind = StructuredTypes.SemiStructuredKind(cast.Type);
        var typed = StructuredTypes.TypedForm(cast.Type);
        if (cast.Style != CastStyle.TryCast)
            return $"to_json(CAST(sf_cast_compound({operand}, '{kind}') AS {typed}))";
        // TRY_CAST: a value of the wrong kind, or an OBJECT whose keys differ from the type's, is NULL (checked here:
        // DuckDB's TRY() does not take the error() inside sf_cast_compound, and its TRY_CAST drops unknown keys). An
        // element that does not convert becomes NULL on its own (known difference: Snowflake nulls the value).
        var json = $"sf_json_of({operand})";
        var matches = $"json_type({json}) = '{kind}'";
        if (cast.Type.Name == "OBJECT")
            matches += $" AND list_sort(json_keys({json})) = list_sort([{string.Join(", ", cast.Type.Fields!.Select(f => QuoteString(f.Name!)))}])";
        return $"to_json(TRY_CAST(CASE WHEN {matches} THEN {json} END AS {typed}))";
    }
}
