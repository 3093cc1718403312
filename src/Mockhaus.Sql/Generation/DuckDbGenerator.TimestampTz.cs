using Mockhaus.Sql.Functions;
using Mockhaus.Sql.Syntax;

namespace Mockhaus.Sql.Generation;

/// <summary>
/// TIMESTAMP_TZ values are DuckDB structs of their UTC instant and their own offset (<see cref="TypeMapper.TimestampTzStruct"/>,
/// macros in FunctionLibrary.TimestampTz). Snowflake compares them by instant and converts them by their own wall clock
/// (https://docs.snowflake.com/en/sql-reference/data-types-datetime#timestamp-ltz-timestamp-ntz-timestamp-tz), while
/// DuckDB would compare the struct field by field and cast it to text as a struct. So an expression known to be a
/// TIMESTAMP_TZ value is compared through sf_tz_instant and cast through sf_tz_local / sf_tz_textual.
/// An expression is known to be one when it is a cast or literal of the type, a function that returns it, or a column
/// whose name is the name of a TIMESTAMP_TZ column somewhere in the catalog (<see cref="ITableColumns.TimestampTzColumnNames"/>).
/// The readers are macros with an identity overload for other types, so a same-named column of another type passes
/// through unchanged.
/// </summary>
public sealed partial class DuckDbGenerator
{
    private static readonly HashSet<string> TimestampTzFunctions = new(StringComparer.OrdinalIgnoreCase)
    {
        "TO_TIMESTAMP_TZ", "TRY_TO_TIMESTAMP_TZ", "TIMESTAMP_TZ_FROM_PARTS", "TIMESTAMPTZFROMPARTS",
    };

    /// <summary>Functions whose result is a TIMESTAMP_TZ when one of these arguments is.</summary>
    private static readonly Dictionary<string, int[]> TimestampTzPreservingFunctions = new(StringComparer.OrdinalIgnoreCase)
    {
        ["DATEADD"] = [2], ["TIMEADD"] = [2], ["TIMESTAMPADD"] = [2], ["DATE_TRUNC"] = [1], ["MIN"] = [0], ["MAX"] = [0],
        ["ANY_VALUE"] = [0], ["COALESCE"] = [0, 1], ["NVL"] = [0, 1], ["IFNULL"] = [0, 1], ["IFF"] = [1, 2],
        ["LAG"] = [0], ["LEAD"] = [0], ["FIRST_VALUE"] = [0], ["LAST_VALUE"] = [0],
    };

    /// <summary>Functions that build VARIANT / OBJECT / ARRAY values or text from their arguments.</summary>
    private static readonly HashSet<string> TextualizingFunctions = new(StringComparer.OrdinalIgnoreCase)
    {
        "TO_VARIANT", "TO_JSON", "TO_ARRAY", "OBJECT_CONSTRUCT", "OBJECT_CONSTRUCT_KEEP_NULL", "ARRAY_CONSTRUCT",
        "ARRAY_CONSTRUCT_COMPACT", "ARRAY_AGG", "ARRAYAGG", "OBJECT_AGG", "ARRAY_APPEND", "ARRAY_PREPEND", "ARRAY_INSERT",
        "OBJECT_INSERT", "CONCAT", "CONCAT_WS", "LISTAGG",
    };

    private IReadOnlySet<string>? _timestampTzColumns;

    /// <summary>Names the statement's own select lists give TIMESTAMP_TZ values (CTE and subquery columns).</summary>
    private readonly HashSet<string> _timestampTzAliases = new(StringComparer.OrdinalIgnoreCase);

    private void NoteTimestampTzAlias(Expression expression, string name)
    {
        if (IsTimestampTz(expression))
            _timestampTzAliases.Add(name);
    }

    /// <summary>
    /// The TIMESTAMP_TZ columns of the subqueries in a FROM clause, noted before the select list that reads them is
    /// generated (the select list comes first in the text).
    /// </summary>
    private void NoteDerivedTimestampTzColumns(TableSource? source)
    {
        switch (source)
        {
            case JoinSource join:
                NoteDerivedTimestampTzColumns(join.Left);
                NoteDerivedTimestampTzColumns(join.Right);
                break;
            case DerivedTable { Query: SelectQuery select, Alias: not { Columns.Count: > 0 } }:
                NoteDerivedTimestampTzColumns(select.From);
                foreach (var item in select.Items.Where(i => i.Expression is not StarExpression))
                    NoteTimestampTzAlias(item.Expression, ResultColumnName(item));
                break;
        }
    }

    /// <summary>
    /// The translation would differ if some table had TIMESTAMP_TZ columns (a column compared or cast, a value written
    /// into a table): the engine translates again with the catalog only when one has (see
    /// <see cref="TranslatedStatement.TableColumnsMatterOnlyForTimestampTz"/>).
    /// </summary>
    public bool NeedsTimestampTzColumns { get; private set; }

    /// <summary>
    /// A TIMESTAMP_TZ argument of a function that makes VARIANT values or text of it is its text, offset included,
    /// rather than the struct that holds it.
    /// </summary>
    private FunctionArgument TimestampTzAsText(string function, FunctionArgumentSyntax syntax, FunctionArgument argument) =>
        TextualizingFunctions.Contains(function) && IsTimestampTz(syntax.Value)
            ? new FunctionArgument($"sf_tz_text({argument.Sql})", argument.BareWord, argument.StringLiteral, argument.Name)
            : argument;

    /// <summary>CAST / TRY_CAST / :: to TIMESTAMP_TZ, and casts of a TIMESTAMP_TZ value to other types.</summary>
    private string? TimestampTzCast(CastExpression cast, string operand, string target)
    {
        if (TypeMapper.IsTimestampTz(cast.Type))
        {
            Note("cast to TIMESTAMP_TZ -> sf_to_tz (instant + own offset)");
            // A VARIANT path holds JSON text: its string value is what converts.
            if (cast.Operand is PathAccess)
                operand = $"json_extract_string({operand}, '$')";
            return $"{(cast.Style == CastStyle.TryCast ? "sf_try_to_tz" : "sf_to_tz")}({operand})";
        }
        if (!IsTimestampTz(cast.Operand))
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
        Note("cast of TIMESTAMP_TZ -> by its own wall clock / instant / text");
        var function = cast.Style == CastStyle.TryCast ? "TRY_CAST" : "CAST";
        return $"{function}({reader}({operand}) AS {target})";
    }

    /// <summary>A comparison with a TIMESTAMP_TZ operand compares instants.</summary>
    private (string, string)? TimestampTzComparison(BinaryExpression binary)
    {
        if (!IsComparison(binary.Operator) || !(IsTimestampTz(binary.Left) || IsTimestampTz(binary.Right)))
            return null;
        Note("TIMESTAMP_TZ compared -> by instant (sf_tz_instant)");
        if (IsTimestampTz(binary.Left))
            return ("(sf_tz_instant(", $") {binary.Operator} {TextAsInstant(binary.Right)})");
        // The left operand is generated apart and goes between the two pieces.
        var right = InstantOperand(binary.Right);
        return IsTimestampText(binary.Left)
            ? ("(struct_extract(sf_to_tz(CAST(", $" AS VARCHAR)), 'utc') {binary.Operator} {right})")
            : ("(", $" {binary.Operator} {right})");
    }

    private static bool IsTimestampText(Expression operand) => operand is StringLiteral or BindParameter;

    /// <summary>
    /// The other side of a comparison with a TIMESTAMP_TZ value: a string or a bind is read as TIMESTAMP_TZ text
    /// (Snowflake's own '... +05:30' included, which DuckDB's implicit conversion rejects); anything else as it is.
    /// </summary>
    private string TextAsInstant(Expression operand) =>
        IsTimestampText(operand) ? $"struct_extract(sf_to_tz(CAST({Expression(operand)} AS VARCHAR)), 'utc')" : InstantOperand(operand);

    /// <summary>A TIMESTAMP_TZ value IN a list of values compares instants, reading strings and binds as TIMESTAMP_TZ text.</summary>
    private string? TimestampTzIn(InExpression @in)
    {
        if (@in.Values is not { Count: > 0 } values || !IsTimestampTz(@in.Operand))
            return null;
        Note("TIMESTAMP_TZ IN (...) -> by instant");
        return $"(sf_tz_instant({Expression(@in.Operand)}){(@in.Negated ? " NOT" : "")} IN ({JoinList(values, TextAsInstant)}))";
    }

    /// <summary>An operand of a comparison: a TIMESTAMP_TZ value by its instant.</summary>
    private string InstantOperand(Expression operand) =>
        IsTimestampTz(operand) ? $"sf_tz_instant({Expression(operand)})" : Expression(operand);

    /// <summary>Whether an expression is (by its form, or by its column name) a TIMESTAMP_TZ value.</summary>
    private bool IsTimestampTz(Expression expression) => expression switch
    {
        ColumnReference column => IsTimestampTzColumn(column),
        CastExpression cast => TypeMapper.IsTimestampTz(cast.Type),
        TypedLiteral typed => TypeMapper.IsTimestampTz(typed.Type),
        FunctionCallExpression call when call.Name.Parts.Count == 1 => IsTimestampTzCall(call),
        CaseExpression @case => @case.Whens.Any(w => IsTimestampTz(w.Result)) || (@case.Else is { } other && IsTimestampTz(other)),
        BinaryExpression { Operator: "+" or "-", Right: IntervalLiteral } shifted => IsTimestampTz(shifted.Left),
        _ => false,
    };

    private bool IsTimestampTzCall(FunctionCallExpression call)
    {
        var name = call.Name.Last.Resolved;
        if (TimestampTzFunctions.Contains(name))
            return true;
        if (name is "TO_TIMESTAMP" or "TRY_TO_TIMESTAMP")
            return _settings.TimestampTypeMapping == "TIMESTAMP_TZ";
        if (name == "CONVERT_TIMEZONE")
            return call.Arguments.Count == 2;
        return TimestampTzPreservingFunctions.TryGetValue(name, out var indexes)
            && indexes.Any(i => i < call.Arguments.Count && IsTimestampTz(call.Arguments[i].Value));
    }

    private bool IsTimestampTzColumn(ColumnReference column)
    {
        if (_timestampTzAliases.Contains(column.Parts[^1].Resolved))
            return true;
        if (Tables is null)
        {
            // The engine translates again with the catalog, which says which column names hold TIMESTAMP_TZ values.
            NeedsTimestampTzColumns = true;
            return false;
        }
        _timestampTzColumns ??= Tables.TimestampTzColumnNames;
        return _timestampTzColumns.Count > 0 && _timestampTzColumns.Contains(column.Parts[^1].Resolved);
    }
}
