using System.Globalization;
using Mockhaus.Sql.Errors;
using Mockhaus.Sql.Functions;
using Mockhaus.Sql.Syntax;

namespace Mockhaus.Sql.Generation;

public sealed partial class DuckDbGenerator
{
    public string Expression(Expression expression)
    {
        EnsureStack();
        return GenerateExpression(expression);
    }

    /// <summary>
    /// Long operator chains (a + b + ... ) are left-deep trees whose depth the parser does not bound; generation stops
    /// with a Snowflake error instead of overflowing the stack.
    /// </summary>
    private static void EnsureStack()
    {
        if (!System.Runtime.CompilerServices.RuntimeHelpers.TryEnsureSufficientExecutionStack())
            throw SnowflakeErrors.TooDeeplyNested(1, 0);
    }

    private string GenerateExpression(Expression expression) => expression switch
    {
        NumberLiteral number => number.Text,
        StringLiteral text => QuoteString(text.Value),
        BooleanLiteral boolean => boolean.Value ? "TRUE" : "FALSE",
        NullLiteral => "NULL",
        DefaultValue => "DEFAULT",
        TypedLiteral typed when TypeMapper.IsTimestampTz(typed.Type) => $"sf_to_tz({QuoteString(typed.Value)})",
        TypedLiteral typed => $"CAST({QuoteString(TimestampLiteral.IsTimestampType(typed.Type.Name) ? TimestampLiteral.Normalize(typed.Value, typed.Type.Name) : typed.Value)} AS {TypeMapper.ToDuckDb(typed.Type)})",
        IntervalLiteral interval => Interval(interval),
        ColumnReference column => ColumnReference(column),
        StarExpression star => Star(star),
        UnaryExpression unary => Unary(unary),
        HierarchyOperator hierarchy => HierarchyOperator(hierarchy),
        BinaryExpression binary => Binary(binary),
        FunctionCallExpression call => FunctionCall(call),
        CastExpression cast => Cast(cast),
        CaseExpression @case => Case(@case),
        InExpression @in => In(@in),
        ExistsExpression exists => $"EXISTS ({Query(exists.Query)})",
        SubqueryExpression subquery => $"({Query(subquery.Query)})",
        QuantifiedComparison quantified =>
            $"({Expression(quantified.Left)} {quantified.Operator} {quantified.Quantifier} ({Query(quantified.Query)}))",
        BetweenExpression between => ZonedBetween(between)
            ?? $"({InstantOperand(between.Operand)}{(between.Negated ? " NOT" : "")} BETWEEN {InstantOperand(between.Low)} AND {InstantOperand(between.High)})",
        LikeExpression like => Like(like),
        IsNullExpression isNull => $"({Expression(isNull.Operand)} IS {(isNull.Negated ? "NOT " : "")}NULL)",
        IsBooleanExpression isBoolean =>
            $"({Expression(isBoolean.Operand)} IS {(isBoolean.Negated ? "NOT " : "")}{(isBoolean.Value ? "TRUE" : "FALSE")})",
        IsDistinctFromExpression distinct =>
            $"({Expression(distinct.Left)} IS {(distinct.Negated ? "NOT " : "")}DISTINCT FROM {Expression(distinct.Right)})",
        ExtractExpression extract => Extract(extract),
        // POSITION(a IN b) is 1-based with 0 for "not found", exactly like DuckDB's strpos(b, a).
        PositionExpression position => $"strpos({Expression(position.Haystack)}, {Expression(position.Needle)})",
        SessionVariable variable => SessionVariable(variable),
        BindParameter bind => Bind(bind),
        PositionalColumn positional => "#" + positional.Number.ToString(CultureInfo.InvariantCulture),
        TupleExpression tuple => $"({JoinList(tuple.Items, Expression)})",
        ArrayLiteral array => $"to_json([{JoinList(array.Items, Expression)}])",
        ObjectLiteral obj => $"json_object({JoinList(obj.Entries, e => $"{QuoteString(e.Key)}, {Expression(e.Value)}")})",
        PathAccess path => Path(path),
        GroupingExpression grouping => Grouping(grouping),
        _ => throw SnowflakeErrors.Unsupported(expression.GetType().Name),
    };

    /// <summary>A column, or a sequence's next value: Snowflake writes seq.NEXTVAL, DuckDB nextval('seq').</summary>
    private string ColumnReference(ColumnReference column)
    {
        if (TryUdfParameter(column, out var parameter))
            return parameter;
        if (TryHierarchyColumn(column, out var hierarchy))
            return hierarchy;
        if (TryLateralAlias(column, out var lateral))
            return lateral;
        if (column.Parts.Count < 2 || column.Parts[^1].Resolved != "NEXTVAL")
            return QuoteAll(column.Parts);
        Note("sequence.NEXTVAL -> nextval('sequence')");
        NotReusable("sequence NEXTVAL");
        return $"nextval({QuoteString(QuoteAll(column.Parts.Take(column.Parts.Count - 1)))})";
    }

    private string SessionVariable(SessionVariable variable)
    {
        // The engine implements SET as DuckDB SET VARIABLE under the Snowflake-resolved (upper-case) name.
        Note("$variable -> getvariable('NAME')");
        return ReadSessionVariable(variable.ResolvedName);
    }

    private string Bind(BindParameter bind)
    {
        Note("binds -> DuckDB $n / $name parameters");
        return bind.Index is { } index ? "$" + index.ToString(CultureInfo.InvariantCulture) : "$" + bind.Name;
    }

    private string Unary(UnaryExpression unary) => unary.Operator switch
    {
        "NOT" => $"(NOT {Expression(unary.Operand)})",
        // Unary + converts a numeric string to a number (docs: "Arithmetic operators").
        "+" => ArithmeticOperand(unary.Operand),
        _ => $"(- {ArithmeticOperand(unary.Operand)})",
    };

    /// <summary>
    /// Left-deep operator chains (a + b + c ..., x AND y AND z ...) are generated iteratively and in linear time: each
    /// operator contributes text before and after its left operand, and the pieces are concatenated once.
    /// </summary>
    private string Binary(BinaryExpression binary)
    {
        if (TryZonedComparison(binary, out var zoned))
            return zoned;
        var spine = new List<BinaryExpression>();
        Expression current = binary;
        while (current is BinaryExpression node)
        {
            spine.Add(node);
            current = node.Left;
        }
        var innermost = spine[^1];
        var leaf = innermost.Operator is "+" or "-" or "*" or "%" or "/" ? ArithmeticOperand(current) : Expression(current);
        var pieces = new (string Prefix, string Suffix)[spine.Count];
        for (var i = spine.Count - 1; i >= 0; i--)
            pieces[i] = Operator(spine[i]);
        var builder = new System.Text.StringBuilder();
        foreach (var piece in pieces) builder.Append(piece.Prefix);
        builder.Append(leaf);
        for (var i = pieces.Length - 1; i >= 0; i--) builder.Append(pieces[i].Suffix);
        return builder.ToString();
    }

    /// <summary>The text one operator puts before and after its (separately generated) left operand.</summary>
    private (string Prefix, string Suffix) Operator(BinaryExpression binary) => VariantTextComparison(binary) ?? TimestampTzComparison(binary) ?? binary.Operator switch
    {
        "||" => Concatenation(binary),
        "+" or "-" or "*" or "%" => Arithmetic(binary),
        "/" => Division(binary),
        _ => ("(", $" {binary.Operator} {Expression(binary.Right)})"),
    };

    /// <summary>
    /// Snowflake's || converts both sides to text and yields NULL when either side is NULL; DuckDB's || needs text
    /// operands (it is also list concatenation), so non-literal operands are cast to VARCHAR.
    /// </summary>
    private (string, string) Concatenation(BinaryExpression binary)
    {
        Note("|| -> VARCHAR concatenation");
        var castLeft = NeedsTextCast(binary.Left);
        var right = Expression(binary.Right);
        if (IsTimestampTz(binary.Right)) right = $"sf_tz_text({right})";
        else if (NeedsTextCast(binary.Right)) right = $"CAST({right} AS VARCHAR)";
        if (IsTimestampTz(binary.Left))
            return ("(sf_tz_text(", $") || {right})");
        return ("(" + (castLeft ? "CAST(" : ""), (castLeft ? " AS VARCHAR)" : "") + $" || {right})");
    }

    private static bool NeedsTextCast(Expression expression) =>
        expression is not (StringLiteral or NullLiteral or BinaryExpression { Operator: "||" });

    /// <summary>
    /// + - * %: when both operands are exact numerics known at translation time (literals, NUMBER casts and arithmetic on
    /// them), the operation runs in DECIMAL(38, s) like Snowflake's NUMBER instead of DuckDB's 32-bit INTEGER literals
    /// (SELECT 100000 * 100000 must not overflow).
    /// </summary>
    private (string, string) Arithmetic(BinaryExpression binary)
    {
        if (DateShift(binary) is { } shift) return shift;
        var right = ArithmeticOperand(binary.Right);
        if (ExactScale(binary.Left) is { } leftScale && ExactScale(binary.Right) is not null)
        {
            Note("exact numeric arithmetic in DECIMAL(38, s)");
            return ("(CAST(", $" AS {TypeMapper.ExactNumber(leftScale)}) {binary.Operator} {right})");
        }
        return ("(", $" {binary.Operator} {right})");
    }

    /// <summary>
    /// Snowflake divides exact numerics into a NUMBER with scale max(s1, min(s1 + 6, 12)) (docs: "Scale and precision in
    /// arithmetic operations"): 2/7 is 0.285714. DuckDB divides in DOUBLE, so when both operands are exact numerics known
    /// at translation time the quotient is rounded back to that scale. Operands of unknown type (columns) go through
    /// sf_div, which gives integers Snowflake's scale and leaves other types to DuckDB's DOUBLE division. Division by
    /// zero is an error in Snowflake (DuckDB would return infinity).
    /// </summary>
    private (string, string) Division(BinaryExpression binary)
    {
        var divisor = ArithmeticOperand(binary.Right);
        var nonZeroLiteral = binary.Right is NumberLiteral literal
            && decimal.TryParse(literal.Text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && value != 0;
        if (!nonZeroLiteral)
            // A failing cast rather than error(), which DuckDB treats as a side effect (no `x / y AS r, r * 2`).
            divisor = $"CASE WHEN {divisor} = 0 THEN CAST('Division by zero' AS INTEGER) ELSE {divisor} END";
        if (ExactScale(binary) is { } scale && ExactScale(binary.Right) is not null)
        {
            Note("exact numeric division rounded to Snowflake's scale");
            return ("CAST((", $" / {divisor}) AS DECIMAL(38, {scale}))");
        }
        if (DeclaredScale(binary.Left) is { } dividendScale && DeclaredScale(binary.Right) is not null)
        {
            Note("division of exact numeric columns -> NUMBER(38, s) with Snowflake's quotient scale");
            return ("CAST((", $" / {divisor}) AS DECIMAL(38, {QuotientScale(dividendScale).ToString(CultureInfo.InvariantCulture)}))");
        }
        if (!TypedDivision(binary.Left, binary.Right))
            return ("(", $" / {divisor})");
        Note("division of operands typed by DuckDB -> sf_div (integers give NUMBER(38,6))");
        return ("sf_div(", $", {divisor})");
    }

    /// <summary>A string literal used as a number converts implicitly in Snowflake ('1' + 1 = 2); DuckDB needs the cast.</summary>
    private string ArithmeticOperand(Expression operand)
    {
        if (operand is not StringLiteral text) return Expression(operand);
        Note("numeric string literal in arithmetic -> number");
        return decimal.TryParse(text.Value.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out _)
            && !text.Value.Contains('e', StringComparison.OrdinalIgnoreCase)
            ? $"CAST({QuoteString(text.Value.Trim())} AS {TypeMapper.ExactNumber(DecimalScale(text.Value.Trim()))})"
            : $"CAST({QuoteString(text.Value)} AS DOUBLE)";
    }

    private static int DecimalScale(string number) => number.IndexOf('.') is var dot and >= 0 ? number.Length - dot - 1 : 0;

    /// <summary>The scale of an expression that is statically an exact numeric (NUMBER), or null when unknown.</summary>
    private int? ExactScale(Expression expression)
    {
        // Memoised: arithmetic chains ask for the scale of every prefix, which would be quadratic otherwise.
        if (_exactScales.TryGetValue(expression, out var known)) return known;
        EnsureStack();
        var scale = ComputeExactScale(expression);
        _exactScales[expression] = scale;
        return scale;
    }

    private readonly Dictionary<Expression, int?> _exactScales = new(ReferenceEqualityComparer.Instance);

    private int? ComputeExactScale(Expression expression)
    {
        switch (expression)
        {
            case NumberLiteral number when number.IsExact:
                return number.Scale;
            case CastExpression cast:
                return TypeMapper.ExactScale(cast.Type);
            case UnaryExpression { Operator: "-" or "+" } unary:
                return ExactScale(unary.Operand);
            case BinaryExpression binary when ExactScale(binary.Left) is { } left && ExactScale(binary.Right) is { } right:
                return binary.Operator switch
                {
                    "+" or "-" or "%" => Math.Max(left, right),
                    "*" => Math.Min(left + right, Math.Max(Math.Max(left, right), 12)),
                    "/" => Math.Max(left, Math.Min(left + 6, 12)),
                    _ => null,
                };
            default:
                return null;
        }
    }

    private string Cast(CastExpression cast)
    {
        var target = TypeMapper.ToDuckDb(cast.Type);
        var operand = cast.Operand is StringLiteral text && TimestampLiteral.IsTimestampType(cast.Type.Name)
            ? QuoteString(TimestampLiteral.Normalize(text.Value, cast.Type.Name))
            : Expression(cast.Operand);
        if (cast.Type.IsStructured) return StructuredCast(cast, operand);
        if (TimestampTzCast(cast, operand, target) is { } timestampTz) return timestampTz;
        if (VariantCast(cast, operand, target) is { } fromVariant) return fromVariant;
        if (TypeMapper.IsSemiStructured(cast.Type))
        {
            // A TIMESTAMP_TZ in a VARIANT is its text, offset included (not the struct that holds it).
            if (IsTimestampTz(cast.Operand))
                operand = $"sf_tz_text({operand})";
            // A string cast to VARIANT is a JSON string value, not parsed JSON text.
            Note("cast to VARIANT/OBJECT/ARRAY -> to_json");
            return cast.Style == CastStyle.TryCast ? $"TRY(to_json({operand}))" : $"to_json({operand})";
        }
        if (target == "VARCHAR" && TextCast(cast) is { } asText) return asText;
        var function = cast.Style == CastStyle.TryCast ? "TRY_CAST" : "CAST";
        // A fraction rounds half away from zero into NUMBER(38,0), as DECIMAL casts do (HUGEINT rounds DOUBLE half to even).
        if (target == TypeMapper.WholeNumber && ExactScale(cast.Operand) != 0)
            operand = $"{function}({operand} AS DECIMAL(38, 0))";
        return $"{function}({operand} AS {target})";
    }

    private string Case(CaseExpression @case)
    {
        var builder = new SqlBuilder().Append("CASE");
        if (@case.Operand is not null) builder.Append(" ").Append(Expression(@case.Operand));
        foreach (var when in @case.Whens)
            builder.Append(" WHEN ").Append(Expression(when.Condition)).Append(" THEN ").Append(Expression(when.Result));
        if (@case.Else is not null) builder.Append(" ELSE ").Append(Expression(@case.Else));
        return builder.Append(" END").ToString();
    }

    private string In(InExpression @in)
    {
        if (TimestampTzIn(@in) is { } byInstant)
            return byInstant;
        var list = @in.Subquery is not null ? Query(@in.Subquery) : JoinList(@in.Values!, Expression);
        var operand = MatchOperand(@in.Operand, @in.Values is { Count: > 0 } values && values.All(v => v is StringLiteral));
        return $"({operand}{(@in.Negated ? " NOT" : "")} IN ({list}))";
    }

    /// <summary>
    /// LIKE/ILIKE keep their meaning in DuckDB. LIKE ANY/ALL (p1, p2) expands to OR/AND of single matches. RLIKE matches
    /// the whole string in Snowflake, hence regexp_full_match.
    /// </summary>
    private string Like(LikeExpression like)
    {
        var operand = MatchOperand(like.Operand, againstStrings: true);
        var escape = like.Escape is null ? "" : " ESCAPE " + Expression(like.Escape);
        var matches = like.Patterns.Select(pattern => like.Operator == "RLIKE"
            ? $"regexp_full_match({operand}, {Expression(pattern)})"
            : $"({operand} {like.Operator} {Expression(pattern)}{escape})").ToList();
        var combined = matches.Count == 1 ? matches[0] : $"({string.Join(like.Quantifier == "ALL" ? " AND " : " OR ", matches)})";
        return like.Negated ? $"(NOT {combined})" : combined;
    }

    private static string Interval(IntervalLiteral interval) => IntervalConstant.Parse(interval.Value, interval.Unit).ToDuckDb();

    private static readonly Dictionary<string, string> ExtractParts = new(StringComparer.OrdinalIgnoreCase)
    {
        ["YEAR"] = "year", ["Y"] = "year", ["YY"] = "year", ["YYYY"] = "year", ["YEARS"] = "year",
        ["MONTH"] = "month", ["MM"] = "month", ["MON"] = "month", ["MONTHS"] = "month",
        ["DAY"] = "day", ["D"] = "day", ["DD"] = "day", ["DAYS"] = "day", ["DAYOFMONTH"] = "day",
        ["DAYOFWEEK"] = "dow", ["DOW"] = "dow", ["DAYOFWEEKISO"] = "isodow", ["DOW_ISO"] = "isodow",
        ["DAYOFYEAR"] = "doy", ["DOY"] = "doy",
        ["WEEK"] = "week", ["W"] = "week", ["WEEKOFYEAR"] = "week", ["WEEKISO"] = "week",
        ["QUARTER"] = "quarter", ["Q"] = "quarter",
        ["HOUR"] = "hour", ["H"] = "hour", ["HH"] = "hour",
        ["MINUTE"] = "minute", ["M"] = "minute", ["MI"] = "minute",
        ["SECOND"] = "second", ["S"] = "second", ["SEC"] = "second",
        ["EPOCH_SECOND"] = "epoch", ["EPOCH"] = "epoch",
        ["YEAROFWEEK"] = "isoyear", ["YEAROFWEEKISO"] = "isoyear",
    };

    /// <summary>EXTRACT(part FROM x): the function library's DATE_PART when it has one (same rules), else a direct mapping.</summary>
    private string Extract(ExtractExpression extract)
    {
        if (FunctionLibrary.TryGet("DATE_PART", out var datePart))
        {
            var call = new FunctionCall("DATE_PART", new[]
            {
                new FunctionArgument(QuoteString(extract.Part), bareWord: extract.Part),
                new FunctionArgument(Expression(extract.Operand)),
            });
            return datePart.Translate(call);
        }
        if (!ExtractParts.TryGetValue(extract.Part, out var part))
            throw SnowflakeErrors.Unsupported("EXTRACT(" + extract.Part.ToUpperInvariant() + ")");
        return $"CAST(date_part({QuoteString(part)}, {Expression(extract.Operand)}) AS BIGINT)";
    }

    /// <summary>v:a.b[0] -> json_extract(v, '$.a.b[0]'); semi-structured values are JSON in DuckDB for now.</summary>
    private string Path(PathAccess path)
    {
        Note("semi-structured path -> json_extract");
        return $"json_extract({PathOperand(path)}, {QuoteString(JsonPath(path))})";
    }

    private string PathOperand(PathAccess path) => Expression(path.Operand);

    private static string JsonPath(PathAccess path)
    {
        var jsonPath = new System.Text.StringBuilder("$");
        foreach (var step in path.Steps)
        {
            if (step.Field is not null)
                jsonPath.Append('.').Append('"').Append(step.Field.Replace("\"", "\\\"")).Append('"');
            else if (step.Index is NumberLiteral { IsInteger: true } index)
                jsonPath.Append('[').Append(index.Text).Append(']');
            else if (step.Index is StringLiteral key)
                jsonPath.Append('.').Append('"').Append(key.Value.Replace("\"", "\\\"")).Append('"');
            else
                throw SnowflakeErrors.Unsupported("semi-structured access with a computed index");
        }
        return jsonPath.ToString();
    }

    private string Grouping(GroupingExpression grouping)
    {
        if (grouping.Kind == "GROUPING SETS")
            return $"GROUPING SETS ({JoinList(grouping.Sets, set => $"({JoinList(set, Expression)})")})";
        return $"{grouping.Kind} ({JoinList(grouping.Sets, set => Expression(set[0]))})";
    }

    private string Star(StarExpression star)
    {
        var builder = new SqlBuilder();
        if (star.ILikePattern is not null)
        {
            // Snowflake's * ILIKE filters columns by name; DuckDB's COLUMNS() with a lambda does the same.
            if (star.Qualifier.Count > 0 || star.Exclude.Count > 0 || star.Rename.Count > 0)
                throw SnowflakeErrors.Unsupported("qualified * ILIKE or * ILIKE combined with EXCLUDE / RENAME");
            return $"COLUMNS(lambda c: c ILIKE {QuoteString(star.ILikePattern)})";
        }
        builder.Append(star.Qualifier.Count > 0 ? QuoteAll(star.Qualifier) + ".*" : "*");
        if (star.Exclude.Count > 0) builder.Append($" EXCLUDE ({JoinList(star.Exclude, Quote)})");
        if (star.Rename.Count > 0) builder.Append($" RENAME ({JoinList(star.Rename, r => $"{Quote(r.From)} AS {Quote(r.To)}")})");
        return builder.ToString();
    }

    // ---- function calls -------------------------------------------------------------------------------------------

    private string FunctionCall(FunctionCallExpression call)
    {
        if (call.Name.Parts.Count != 1)
            return UserFunctionCall(call);
        var name = TimestampFunction(call.Name.Last.Resolved);
        if (name == "GET_DDL")
            return GetDdl(call);
        if (name == "SYS_CONNECT_BY_PATH")
            return ConnectByPath(call);
        if (!FunctionLibrary.TryGet(name, out var definition))
            return UserFunctionCall(call);
        if (definition.Kind == FunctionKind.Table)
            throw SnowflakeErrors.UnknownFunction(name);
        if (!definition.ResultReusable)
            NotReusable(name);
        var argumentCount = call.Star ? 1 : call.Arguments.Count;
        if (argumentCount < definition.MinArguments || argumentCount > definition.MaxArguments)
            throw SnowflakeErrors.WrongArgumentCount(name, argumentCount, definition.MinArguments, definition.MaxArguments);
        var sql = definition.Translate(BuildFunctionCall(call, name));
        return name == "AVG" ? AverageWithScale(call, sql) : sql;
    }

    private FunctionCall BuildFunctionCall(FunctionCallExpression call, string name, string? inputRowSequence = null) =>
        new(name, call.Arguments.Select(a => TimestampTzAsText(name, a, Argument(a))).ToList())
        {
            InputRowSequence = inputRowSequence,
            Distinct = call.Distinct,
            Star = call.Star,
            WithinGroupOrderBy = call.WithinGroup is null ? null : OrderItems(call.WithinGroup),
            Over = call.Over is null ? null : "OVER " + WindowReference(call.Over),
            IgnoreNulls = call.IgnoreNulls,
        };

    private FunctionArgument Argument(FunctionArgumentSyntax argument)
    {
        var value = argument.Value;
        var bareWord = value is ColumnReference { Parts.Count: 1 } column && !column.Parts[0].Quoted ? column.Parts[0].Value : null;
        var literal = value is StringLiteral text ? text.Value : null;
        // A bare word may be a keyword argument (DATEADD(day, ...)) rather than a column: the library decides from BareWord.
        return new FunctionArgument(Expression(value), bareWord, literal, argument.Name?.Resolved);
    }

    private string WindowReference(WindowSpecification window)
    {
        if (window.BaseWindow is not null && window.PartitionBy.Count == 0 && window.OrderBy.Count == 0 && window.FrameUnit is null)
            return Quote(window.BaseWindow);
        return $"({WindowBody(window)})";
    }

    private string WindowBody(WindowSpecification window)
    {
        var parts = new List<string>();
        if (window.BaseWindow is not null) parts.Add(Quote(window.BaseWindow));
        if (window.PartitionBy.Count > 0) parts.Add("PARTITION BY " + JoinList(window.PartitionBy, Expression));
        if (window.OrderBy.Count > 0) parts.Add("ORDER BY " + OrderItems(window.OrderBy));
        if (window.FrameUnit is not null)
        {
            var frame = window.FrameEnd is null
                ? FrameBound(window.FrameStart!)
                : $"BETWEEN {FrameBound(window.FrameStart!)} AND {FrameBound(window.FrameEnd)}";
            parts.Add(window.FrameUnit + " " + frame);
        }
        return string.Join(" ", parts);
    }

    private string FrameBound(WindowFrameBound bound) =>
        bound.Offset is null ? bound.Kind : $"{Expression(bound.Offset)} {bound.Kind}";

    /// <summary>
    /// Snowflake sorts NULLs last ascending and first descending (NULLs are "largest"); DuckDB sorts them last in both
    /// directions, so every sort key gets an explicit NULLS FIRST/LAST.
    /// </summary>
    public string OrderItems(IEnumerable<OrderItem> items) => JoinList(items, item =>
    {
        var nullsFirst = item.NullsFirst ?? item.Descending;
        if (item.NullsFirst is null) Note("Snowflake NULL ordering made explicit (NULLS LAST asc, NULLS FIRST desc)");
        return $"{Expression(item.Expression)} {(item.Descending ? "DESC" : "ASC")} NULLS {(nullsFirst ? "FIRST" : "LAST")}";
    });
}
