using Mockhaus.Sql.Syntax;

namespace Mockhaus.Sql.Generation;

/// <summary>
/// DATE ± an interval constant of whole days, weeks, months or years is a DATE in Snowflake, as the same DATEADD is
/// (https://docs.snowflake.com/en/sql-reference/functions/dateadd); DuckDB makes it a TIMESTAMP. The typed macro
/// sf_shift keeps the operand's type, so it is used only where DuckDB knows that type when it picks the overload (see
/// DuckDbGenerator.Division.cs); elsewhere, and for intervals with a time of day, the sum stays DuckDB's. A TIMESTAMP_TZ
/// value moves on its own wall clock and keeps its offset.
/// </summary>
public sealed partial class DuckDbGenerator
{
    private (string, string)? DateShift(BinaryExpression binary)
    {
        if (binary.Operator is not ("+" or "-") || binary.Right is not IntervalLiteral interval) return null;
        var constant = IntervalConstant.Parse(interval.Value, interval.Unit);
        var shift = binary.Operator == "-" ? constant.Negated() : constant;
        if (IsTimestampTz(binary.Left))
        {
            Note("TIMESTAMP_TZ ± interval -> sf_tz_shift (its wall clock moves, its offset stays)");
            return ("sf_tz_shift(", $", {shift.ToDuckDb()})");
        }
        if (!constant.IsWholeDays || _aliasScopes > 0 || binary.Left is StringLiteral || !HasSettledType(binary.Left))
            return null;
        Note("temporal ± whole-day interval -> sf_shift (a DATE stays a DATE)");
        return ("sf_shift(", $", {shift.ToDuckDb()})");
    }
}
