using Mockhaus.Sql.Syntax;

namespace Mockhaus.Sql.Generation;

/// <summary>
/// Snowflake compares TIMESTAMP_NTZ with TIMESTAMP_LTZ/TZ values (the NTZ value is read in the session time zone),
/// so <c>ntz_col &gt; CURRENT_TIMESTAMP()</c> is everyday SQL. DuckDB refuses to compare TIMESTAMP_NS (our NTZ) with
/// TIMESTAMPTZ (our LTZ/TZ) without a cast. When one side of a comparison is known to be LTZ/TZ and the other is not,
/// the known side is cast to DuckDB TIMESTAMP: its wall-clock time in the session zone, which DuckDB compares with
/// NTZ values directly and converts back to the same instant (session zone) against LTZ/TZ values.
/// </summary>
public sealed partial class DuckDbGenerator
{
    private static readonly HashSet<string> ComparisonOperators = ["=", "==", "!=", "<>", "<", ">", "<=", ">="];

    private static readonly HashSet<string> ZonedTimestampFunctions = new(StringComparer.OrdinalIgnoreCase)
    {
        "CURRENT_TIMESTAMP", "GETDATE", "LOCALTIMESTAMP", "SYSTIMESTAMP",
        "TO_TIMESTAMP_LTZ", "TO_TIMESTAMP_TZ", "TRY_TO_TIMESTAMP_LTZ", "TRY_TO_TIMESTAMP_TZ",
    };

    /// <summary>Functions whose result has the type of their timestamp argument (at this index).</summary>
    private static readonly Dictionary<string, int> TimestampPreservingFunctions = new(StringComparer.OrdinalIgnoreCase)
    {
        ["DATEADD"] = 2, ["TIMEADD"] = 2, ["TIMESTAMPADD"] = 2, ["DATE_TRUNC"] = 1, ["TIME_SLICE"] = 0,
    };

    private static readonly HashSet<string> ZonedTimestampTypes = new(StringComparer.OrdinalIgnoreCase)
    {
        "TIMESTAMP_LTZ", "TIMESTAMPLTZ", "TIMESTAMP_TZ", "TIMESTAMPTZ",
    };

    /// <summary>A comparison between a known LTZ/TZ expression and anything not known to be one.</summary>
    private bool TryZonedComparison(BinaryExpression binary, out string sql)
    {
        sql = "";
        if (!ComparisonOperators.Contains(binary.Operator))
            return false;
        var leftZoned = IsZonedTimestamp(binary.Left);
        var rightZoned = IsZonedTimestamp(binary.Right);
        if (leftZoned == rightZoned)
            return false;
        // A TIMESTAMP_TZ value against text reads the text as TIMESTAMP_TZ (TimestampTzComparison).
        if (leftZoned ? IsTimestampTz(binary.Left) && IsTimestampText(binary.Right) : IsTimestampTz(binary.Right) && IsTimestampText(binary.Left))
            return false;
        Note("TIMESTAMP_LTZ/TZ compared with another type -> its session wall-clock TIMESTAMP");
        var left = leftZoned ? AsWallClock(binary.Left) : InstantOperand(binary.Left);
        var right = rightZoned ? AsWallClock(binary.Right) : InstantOperand(binary.Right);
        sql = $"({left} {binary.Operator} {right})";
        return true;
    }

    /// <summary>BETWEEN with a known LTZ/TZ bound or operand and other parts of unknown type.</summary>
    private string? ZonedBetween(BetweenExpression between)
    {
        Expression[] parts = [between.Operand, between.Low, between.High];
        var zoned = parts.Select(IsZonedTimestamp).ToArray();
        if (zoned.All(z => z) || zoned.All(z => !z))
            return null;
        Note("TIMESTAMP_LTZ/TZ compared with another type -> its session wall-clock TIMESTAMP");
        var sql = parts.Select((p, i) => zoned[i] ? AsWallClock(p) : InstantOperand(p)).ToArray();
        return $"({sql[0]}{(between.Negated ? " NOT" : "")} BETWEEN {sql[1]} AND {sql[2]})";
    }

    // A TIMESTAMP_TZ value is read by its instant (sf_tz_instant passes LTZ values through).
    private string AsWallClock(Expression zoned) => $"CAST(sf_tz_instant({Expression(zoned)}) AS TIMESTAMP)";

    /// <summary>Whether an expression certainly has type TIMESTAMP_LTZ or TIMESTAMP_TZ (columns are never known).</summary>
    private static bool IsZonedTimestamp(Expression expression) => expression switch
    {
        FunctionCallExpression call when call.Name.Parts.Count == 1 =>
            ZonedTimestampFunctions.Contains(call.Name.Last.Resolved)
            || (TimestampPreservingFunctions.TryGetValue(call.Name.Last.Resolved, out var index)
                && index < call.Arguments.Count && IsZonedTimestamp(call.Arguments[index].Value)),
        CastExpression cast => ZonedTimestampTypes.Contains(cast.Type.Name),
        TypedLiteral typed => ZonedTimestampTypes.Contains(typed.Type.Name),
        BinaryExpression { Operator: "+" or "-" } arithmetic =>
            (IsZonedTimestamp(arithmetic.Left) && arithmetic.Right is IntervalLiteral)
            || (arithmetic.Operator == "+" && arithmetic.Left is IntervalLiteral && IsZonedTimestamp(arithmetic.Right)),
        _ => false,
    };
}
