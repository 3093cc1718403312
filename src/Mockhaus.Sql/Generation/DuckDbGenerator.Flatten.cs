using Mockhaus.Sql.Errors;
using Mockhaus.Sql.Functions;
using Mockhaus.Sql.Syntax;

namespace Mockhaus.Sql.Generation;

// FLATTEN as a table function: https://docs.snowflake.com/en/sql-reference/functions/flatten
//
// FLATTEN becomes a LATERAL subquery over DuckDB's json_each, with Snowflake's columns SEQ, KEY, PATH, INDEX, VALUE,
// THIS. A LATERAL subquery (rather than json_each directly in FROM) lets DuckDB decorrelate and run it in parallel: on
// 1M documents it was several times faster than the in-out table function form. RECURSIVE => TRUE is a recursive CTE
// inside the subquery, so every level builds its own PATH from its parent's (json_tree's fullkey does not quote keys).
public sealed partial class DuckDbGenerator
{
    private static readonly string[] FlattenParameters = { "INPUT", "PATH", "OUTER", "RECURSIVE", "MODE" };

    private sealed record FlattenArguments(Expression Input, string Path, bool Outer, bool Recursive, string Mode);

    private static bool IsFlatten(TableSource source) =>
        source is TableFunctionSource { Call.Name.Parts.Count: 1 } function && function.Call.Name.Last.Resolved == "FLATTEN";

    /// <summary>FLATTEN(...) in FROM; <paramref name="left"/> is what precedes it in the FROM clause (null when alone).</summary>
    private string Flatten(TableFunctionSource source, TableSource? left)
    {
        var arguments = BindFlattenArguments(source.Call);
        Note("FLATTEN -> LATERAL subquery over json_each");
        var element = ElementToFlatten(arguments);
        var seq = RowSequence(left) ?? $"CAST(hash({element}) >> 1 AS BIGINT)";
        // Alone in FROM, the rows come in Snowflake's order: array elements by index, object fields by key (Snowflake
        // keeps keys sorted). A correlated subquery's order would not survive the join, so it is not sorted there.
        var ordered = left is null;
        var body = arguments.Recursive
            ? RecursiveFlatten(arguments, element, seq, ordered)
            : SingleLevelFlatten(arguments, element, seq, ordered);
        return $"{(left is null ? "" : "LATERAL ")}({body}){Alias(source.Alias)}";
    }

    /// <summary>Named (INPUT => ...) or positional arguments, in Snowflake's parameter order.</summary>
    private static FlattenArguments BindFlattenArguments(FunctionCallExpression call)
    {
        var bound = new Dictionary<string, Expression>(StringComparer.Ordinal);
        for (var i = 0; i < call.Arguments.Count; i++)
        {
            var argument = call.Arguments[i];
            var name = argument.Name?.Resolved ?? (i < FlattenParameters.Length ? FlattenParameters[i] : null);
            if (name is null || !FlattenParameters.Contains(name))
                throw FlattenArgumentError($"invalid argument '{argument.Name?.Resolved ?? (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture)}'");
            if (!bound.TryAdd(name, argument.Value))
                throw FlattenArgumentError($"argument '{name}' is given more than once");
        }
        if (!bound.TryGetValue("INPUT", out var input))
            throw SnowflakeErrors.WrongArgumentCount("FLATTEN", 0, 1, FlattenParameters.Length);
        var path = bound.TryGetValue("PATH", out var p) ? ConstantText(p, "PATH").Trim() : "";
        var mode = bound.TryGetValue("MODE", out var m) ? ConstantText(m, "MODE").ToUpperInvariant() : "BOTH";
        if (mode is not ("OBJECT" or "ARRAY" or "BOTH"))
            throw FlattenArgumentError($"MODE must be 'OBJECT', 'ARRAY' or 'BOTH', not '{mode}'");
        return new FlattenArguments(input, path, ConstantFlag(bound, "OUTER"), ConstantFlag(bound, "RECURSIVE"), mode);
    }

    private static string ConstantText(Expression value, string parameter) =>
        value is StringLiteral text ? text.Value : throw FlattenArgumentError($"{parameter} must be a constant string");

    private static bool ConstantFlag(Dictionary<string, Expression> bound, string parameter) =>
        !bound.TryGetValue(parameter, out var value) ? false
        : value is BooleanLiteral flag ? flag.Value
        : throw FlattenArgumentError($"{parameter} must be TRUE or FALSE");

    private static SnowflakeSqlException FlattenArgumentError(string detail) =>
        new("001044", "42P13", $"SQL compilation error:\nInvalid argument types for function 'FLATTEN': {detail}");

    /// <summary>The value at PATH inside INPUT (VARIANT, OBJECT and ARRAY values are DuckDB JSON).</summary>
    private string ElementToFlatten(FlattenArguments arguments)
    {
        var input = Expression(arguments.Input);
        if (arguments.Path.Length == 0) return input;
        var jsonPath = SemiStructuredPath.ToJsonPath(arguments.Path)
            ?? throw new SnowflakeSqlException("100183", "22000", $"Invalid extraction path '{arguments.Path}' in FLATTEN.");
        return $"json_extract({input}, {QuoteString(jsonPath)})";
    }

    private static string ExpandableTypes(string mode) => mode switch
    {
        "OBJECT" => "('OBJECT')",
        "ARRAY" => "('ARRAY')",
        _ => "('OBJECT', 'ARRAY')",
    };

    /// <summary>
    /// KEY, PATH, INDEX, VALUE, THIS of the entries <c>e</c> (json_each) of <paramref name="parent"/>: KEY only for object
    /// fields, INDEX only for array elements, PATH extends the parent's path (a[0], a.b, a['odd key']).
    /// </summary>
    private static string FlattenLevel(string parent, string parentPath) =>
        $"CASE WHEN json_type({parent}) = 'OBJECT' THEN mh_entry.key END AS \"KEY\", " +
        $"coalesce(sf_flatten_path({parentPath}, mh_entry.key, json_type({parent}) = 'ARRAY'), {parentPath}) AS \"PATH\", " +
        $"CASE WHEN json_type({parent}) = 'ARRAY' THEN CAST(mh_entry.key AS BIGINT) END AS \"INDEX\", " +
        $"mh_entry.value AS \"VALUE\", {parent} AS \"THIS\"";

    private static string Entries(string parent, string mode) =>
        $"json_each(CASE WHEN json_type({parent}) IN {ExpandableTypes(mode)} THEN {parent} END) AS mh_entry";

    /// <summary>OUTER => TRUE keeps one row (NULL KEY, INDEX, VALUE) for an element with nothing to expand.</summary>
    private string SingleLevelFlatten(FlattenArguments arguments, string element, string seq, bool ordered)
    {
        var join = arguments.Outer ? $" LEFT JOIN {Entries("mh_input.mh_this", arguments.Mode)} ON TRUE" : $", {Entries("mh_input.mh_this", arguments.Mode)}";
        return $"SELECT {seq} AS \"SEQ\", {FlattenLevel("mh_input.mh_this", QuoteString(arguments.Path))} FROM (SELECT {element} AS mh_this) AS mh_input{join}" +
               (ordered ? $" ORDER BY {SortKey("mh_input.mh_this")}" : "");
    }

    /// <summary>Where an entry of <paramref name="parent"/> sorts: object fields by key, array elements by position.</summary>
    private static string SortKey(string parent) =>
        $"{{'k': CASE WHEN json_type({parent}) = 'OBJECT' THEN mh_entry.key END, 'i': mh_entry.id}}";

    /// <summary>
    /// RECURSIVE => TRUE: every expandable value (per MODE) is expanded in turn. The list of sort keys from the top down
    /// orders the rows as Snowflake lists them: each entry followed by its descendants.
    /// </summary>
    private string RecursiveFlatten(FlattenArguments arguments, string element, string seq, bool ordered)
    {
        Note("FLATTEN(RECURSIVE => TRUE) -> recursive CTE");
        var path = QuoteString(arguments.Path);
        var levels = "WITH RECURSIVE mh_levels(\"KEY\", \"PATH\", \"INDEX\", \"VALUE\", \"THIS\", ord) AS (" +
                     $"SELECT {FlattenLevel("mh_input.mh_this", path)}, [{SortKey("mh_input.mh_this")}] FROM (SELECT {element} AS mh_this) AS mh_input, {Entries("mh_input.mh_this", arguments.Mode)} " +
                     $"UNION ALL SELECT {FlattenLevel("mh_levels.\"VALUE\"", "mh_levels.\"PATH\"")}, list_append(mh_levels.ord, {SortKey("mh_levels.\"VALUE\"")}) FROM mh_levels, {Entries("mh_levels.\"VALUE\"", arguments.Mode)}) ";
        var order = ordered ? " ORDER BY mh_levels.ord" : "";
        if (!arguments.Outer)
            return levels + $"SELECT {seq} AS \"SEQ\", mh_levels.\"KEY\", mh_levels.\"PATH\", mh_levels.\"INDEX\", mh_levels.\"VALUE\", mh_levels.\"THIS\" FROM mh_levels{order}";
        return levels + $"SELECT {seq} AS \"SEQ\", mh_levels.\"KEY\", coalesce(mh_levels.\"PATH\", {path}) AS \"PATH\", mh_levels.\"INDEX\", mh_levels.\"VALUE\", " +
               $"coalesce(mh_levels.\"THIS\", mh_input.mh_this) AS \"THIS\" FROM (SELECT {element} AS mh_this) AS mh_input LEFT JOIN mh_levels ON TRUE{order}";
    }
}
