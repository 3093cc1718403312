using Mockhaus.Sql.Functions;
using Mockhaus.Sql.Syntax;

namespace Mockhaus.Sql.Generation;

/// <summary>
/// Division of operands whose types only DuckDB knows goes through the type-overloaded macro sf_div, so that two
/// integers give NUMBER(38,6) as in Snowflake. DuckDB picks a macro overload from its arguments' types before it binds
/// aggregates and lateral column aliases; for those it cannot tell the types and would pick the integer overload for a
/// DECIMAL (MAX(price) / 2 = 1 for 1.50), and it cannot take a window function as a macro argument at all. So sf_div
/// is used only when every operand's type is settled at that point: literals, casts, table columns, and library
/// scalar functions (of those or of string literals) and arithmetic over those. Anything else divides in DOUBLE.
/// </summary>
public sealed partial class DuckDbGenerator
{
    /// <summary>Above zero while generating ORDER BY items, which may name select aliases of any expression.</summary>
    private int _aliasScopes;

    private T InAliasScope<T>(Func<T> generate)
    {
        _aliasScopes++;
        try { return generate(); }
        finally { _aliasScopes--; }
    }

    /// <summary>Whether sf_div may divide these operands (see the class comment).</summary>
    private bool TypedDivision(Expression left, Expression right) =>
        _aliasScopes == 0 && HasSettledType(left) && HasSettledType(right);

    private bool HasSettledType(Expression expression) => expression switch
    {
        NumberLiteral or CastExpression or TypedLiteral => true,
        // A name that may be an earlier item's alias stays unsettled: DuckDB binds an alias after choosing the overload.
        ColumnReference column => column.Parts.Count > 1 || _selectScope is null
            || !_selectScope.Aliases.ContainsKey(column.Parts[0].Resolved),
        UnaryExpression unary => HasSettledType(unary.Operand),
        BinaryExpression { Operator: "+" or "-" or "*" or "%" or "/" } binary => HasSettledType(binary.Left) && HasSettledType(binary.Right),
        // A string literal argument binds as DuckDB's string-literal type, which the function itself settles (TO_DATE('...')).
        FunctionCallExpression call => call.Over is null && IsPlainScalar(call)
            && call.Arguments.All(a => a.Value is StringLiteral || HasSettledType(a.Value)),
        _ => false,
    };

    /// <summary>SEQ1..SEQ8 are scalar in Snowflake but row_number() windows in DuckDB, which a macro argument cannot hold.</summary>
    private static readonly HashSet<string> WindowBackedFunctions = ["SEQ1", "SEQ2", "SEQ4", "SEQ8"];

    /// <summary>A library scalar function (not an aggregate, window, table or unknown function).</summary>
    private static bool IsPlainScalar(FunctionCallExpression call) =>
        call.Name.Parts.Count == 1 && FunctionLibrary.TryGet(call.Name.Last.Resolved, out var definition)
        && definition.Kind == FunctionKind.Scalar && !WindowBackedFunctions.Contains(call.Name.Last.Resolved);
}
