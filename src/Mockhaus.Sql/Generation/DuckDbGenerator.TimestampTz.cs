using Mockhaus.Sql.Syntax;

namespace Mockhaus.Sql.Generation;

/// <summary>
/// TIMESTAMP_TZ values are DuckDB structs of their UTC instant and their own offset (<see cref="TypeMapper.TimestampTzStruct"/>,
/// macros in FunctionLibrary.TimestampTz). Snowflake compares them by instant and converts them by their own wall clock
/// (https://docs.snowflake.com/en/sql-reference/data-types-datetime#timestamp-ltz-timestamp-ntz-timestamp-tz), while
/// DuckDB would compare the struct field by field and cast it to text as a struct. The generator does not know the type
/// of most expressions (columns of tables, views, CTEs), so an operand that may be a TIMESTAMP_TZ value goes through a
/// macro whose overload DuckDB picks by the actual type: the struct gives its instant / wall clock / text, and every
/// other type passes through unchanged.
/// </summary>
public sealed partial class DuckDbGenerator
{
    /// <summary>CAST / TRY_CAST / :: to TIMESTAMP_TZ, and casts of a possible TIMESTAMP_TZ value to other types.</summary>
    private string? TimestampTzCast(CastExpression cast, string operand, string target)
    {
        if (TypeMapper.IsTimestampTz(cast.Type))
        {
            Note("cast to TIMESTAMP_TZ -> sf_to_tz (instant + own offset)");
            return $"{(cast.Style == CastStyle.TryCast ? "sf_try_to_tz" : "sf_to_tz")}({operand})";
        }
        if (!MayBeTimestampTz(cast.Operand))
            return null;
        var reader = target switch
        {
            "TIMESTAMP" or "TIMESTAMP_NS" or "DATE" or "TIME" => "sf_tz_local",
            "TIMESTAMPTZ" => "sf_tz_instant",
            "VARCHAR" => "sf_tz_textual",
            _ => null,
        };
        if (reader is null)
            return null;
        var function = cast.Style == CastStyle.TryCast ? "TRY_CAST" : "CAST";
        return $"{function}({reader}({operand}) AS {target})";
    }

    /// <summary>A comparison with an operand that may be a TIMESTAMP_TZ value compares instants.</summary>
    private (string, string)? TimestampTzComparison(BinaryExpression binary)
    {
        if (!IsComparison(binary.Operator) || !(MayBeTimestampTz(binary.Left) || MayBeTimestampTz(binary.Right)))
            return null;
        Note("possible TIMESTAMP_TZ compared -> by instant (sf_tz_instant)");
        var right = InstantOperand(binary.Right);
        return MayBeTimestampTz(binary.Left)
            ? ("(sf_tz_instant(", $") {binary.Operator} {right})")
            : ("(", $" {binary.Operator} {right})");
    }

    /// <summary>An operand of a comparison: a TIMESTAMP_TZ value by its instant.</summary>
    private string InstantOperand(Expression operand) =>
        MayBeTimestampTz(operand) ? $"sf_tz_instant({Expression(operand)})" : Expression(operand);

    /// <summary>
    /// Whether an expression may have type TIMESTAMP_TZ: a column, a call, a CASE, a subquery or a variable (types the
    /// generator does not know), or a known TIMESTAMP_TZ (cast or literal). Literals, binds and operators are not.
    /// </summary>
    private static bool MayBeTimestampTz(Expression expression) => expression switch
    {
        ColumnReference column => !(column.Parts.Count >= 2 && column.Parts[^1].Resolved == "NEXTVAL"),
        FunctionCallExpression or CaseExpression or SubqueryExpression or Syntax.SessionVariable => true,
        CastExpression cast => TypeMapper.IsTimestampTz(cast.Type),
        TypedLiteral typed => TypeMapper.IsTimestampTz(typed.Type),
        _ => false,
    };
}
