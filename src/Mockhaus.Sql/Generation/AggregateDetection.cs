using Mockhaus.Sql.Functions;
using Mockhaus.Sql.Syntax;

namespace Mockhaus.Sql.Generation;

/// <summary>
/// Whether an expression computes an aggregate (outside OVER). DuckDB binds a macro's arguments before their
/// aggregates, so a type-overloaded macro cannot choose between overloads when every argument is an aggregate.
/// </summary>
internal static class AggregateDetection
{
    public static bool ContainsAggregate(Expression expression) => expression switch
    {
        FunctionCallExpression call => IsAggregateCall(call) || call.Arguments.Any(a => ContainsAggregate(a.Value)),
        BinaryExpression binary => ContainsAggregate(binary.Left) || ContainsAggregate(binary.Right),
        UnaryExpression unary => ContainsAggregate(unary.Operand),
        CastExpression cast => ContainsAggregate(cast.Operand),
        CaseExpression @case => (@case.Operand is { } operand && ContainsAggregate(operand))
            || @case.Whens.Any(w => ContainsAggregate(w.Condition) || ContainsAggregate(w.Result))
            || (@case.Else is { } otherwise && ContainsAggregate(otherwise)),
        _ => false,
    };

    private static bool IsAggregateCall(FunctionCallExpression call) =>
        call.Over is null && call.Name.Parts.Count == 1
        && FunctionLibrary.TryGet(call.Name.Last.Resolved, out var definition) && definition.Kind == FunctionKind.Aggregate;
}
