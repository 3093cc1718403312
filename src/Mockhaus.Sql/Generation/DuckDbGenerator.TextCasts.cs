using Mockhaus.Sql.Syntax;

namespace Mockhaus.Sql.Generation;

/// <summary>
/// A DATE, TIME or TIMESTAMP cast to VARCHAR reads as Snowflake's default output formats, like TO_VARCHAR
/// (https://docs.snowflake.com/en/sql-reference/parameters#timestamp-ntz-output-format: 'YYYY-MM-DD HH24:MI:SS.FF3',
/// TIME 'HH24:MI:SS', TIMESTAMP_LTZ with its offset); DuckDB's own casts print '2024-01-02 10:00:00' and '+00'.
/// The macro sf_temporal_text picks its overload by the operand's type, so it is used only where DuckDB knows that type
/// when it picks the overload (see DuckDbGenerator.Division.cs); anything else is DuckDB's cast.
/// </summary>
public sealed partial class DuckDbGenerator
{
    private string? TextCast(CastExpression cast)
    {
        if (cast.Operand is StringLiteral or NumberLiteral or NullLiteral || _aliasScopes > 0 || !HasSettledType(cast.Operand))
            return null;
        Note("cast to VARCHAR -> sf_temporal_text (dates and times in Snowflake's output formats)");
        return $"sf_temporal_text({Expression(cast.Operand)})";
    }
}
