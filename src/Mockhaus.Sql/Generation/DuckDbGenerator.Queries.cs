using System.Globalization;
using Mockhaus.Sql.Errors;
using Mockhaus.Sql.Functions;
using Mockhaus.Sql.Syntax;

namespace Mockhaus.Sql.Generation;

public sealed partial class DuckDbGenerator
{
    public string Query(QueryExpression query) => WithCteNames(query.With, () => QueryWithCtes(query));

    private string QueryWithCtes(QueryExpression query)
    {
        EnsureStack();
        var builder = new SqlBuilder();
        if (query.With is not null) builder.Append(With(query.With)).Append(" ");
        builder.Append(QueryBody(query));
        if (query.OrderBy.Count > 0) builder.Append(" ORDER BY ").Append(InAliasScope(() => OrderItems(query.OrderBy)));
        // TOP n is a LIMIT applied after ORDER BY.
        var limit = query.Limit ?? (query as SelectQuery)?.Top;
        if (query is SelectQuery { Top: not null, Limit: not null }) throw SnowflakeErrors.Unsupported("TOP together with LIMIT");
        if (limit is not null) builder.Append(" LIMIT ").Append(Expression(limit));
        if (query.Offset is not null) builder.Append(" OFFSET ").Append(Expression(query.Offset));
        return builder.ToString();
    }

    private string QueryBody(QueryExpression query) => query switch
    {
        SelectQuery select => Select(select),
        SetOperationQuery setOperation =>
            $"({Query(setOperation.Left)}) {setOperation.Operator}{(setOperation.All ? " ALL" : "")}{(setOperation.ByName ? " BY NAME" : "")} ({Query(setOperation.Right)})",
        ValuesQuery values => $"SELECT * FROM {ValuesTable(values, null)}",
        _ => throw SnowflakeErrors.Unsupported(query.GetType().Name),
    };

    private string With(WithClause with)
    {
        var tables = JoinList(with.Tables, table =>
        {
            var columns = table.Columns.Count > 0 ? $"({JoinList(table.Columns, Quote)})" : "";
            return $"{Quote(table.Name)}{columns} AS ({Query(table.Query)})";
        });
        return $"WITH {(with.Recursive ? "RECURSIVE " : "")}{tables}";
    }

    /// <summary>
    /// VALUES as a table: Snowflake names its columns COLUMN1, COLUMN2, ... (DuckDB would say col0, col1).
    /// </summary>
    private string ValuesTable(ValuesQuery values, TableAlias? alias)
    {
        Note("VALUES columns named COLUMN1..n");
        var rows = JoinList(values.Rows, row => $"({JoinList(row, Expression)})");
        var name = alias is null ? Quote("_VALUES") : Quote(alias.Name);
        var width = values.Rows[0].Count;
        var columns = alias is { Columns.Count: > 0 }
            ? alias.Columns.Select(Quote)
            : Enumerable.Range(1, width).Select(i => Quote("COLUMN" + i.ToString(CultureInfo.InvariantCulture)));
        return $"(VALUES {rows}) AS {name}({string.Join(", ", columns)})";
    }

    private string Select(SelectQuery select) =>
        InSelectScope(select, () => InTypedSources(select, () => InHierarchy(select, () => SelectWithAliases(select))));

    private string SelectWithAliases(SelectQuery select)
    {
        NoteDerivedTimestampTzColumns(select.From);
        var builder = new SqlBuilder().Append("SELECT ");
        if (select.Distinct) builder.Append("DISTINCT ");
        builder.Append(string.Join(", ", select.Items.Select((item, index) => AtSelectItem(index, () => SelectItem(item)))));
        if (select.From is not null) builder.Append(" FROM ").Append(select.Hierarchy is null ? TableSource(select.From) : HierarchyFrom(select));
        if (select.Where is not null) builder.Append(" WHERE ").Append(Expression(select.Where));
        if (select.GroupByAll) builder.Append(" GROUP BY ALL");
        else if (select.GroupBy.Count > 0) builder.Append(" GROUP BY ").Append(JoinList(select.GroupBy, Expression));
        if (select.Having is not null) builder.Append(" HAVING ").Append(Expression(select.Having));
        if (select.Windows.Count > 0)
            builder.Append(" WINDOW ").Append(JoinList(select.Windows, w => $"{Quote(w.Name)} AS ({WindowBody(w.Specification)})"));
        if (select.Qualify is not null) builder.Append(" QUALIFY ").Append(Expression(select.Qualify));
        if (select.Top is not null) Note("TOP n -> LIMIT n");
        return builder.ToString();
    }

    /// <summary>
    /// Every item is aliased explicitly with the name Snowflake shows: the alias, the column name of a column reference,
    /// or the upper-cased expression text (SELECT a + 1 -> "A + 1", SELECT count(*) -> "COUNT(*)").
    /// </summary>
    private string SelectItem(SelectItem item)
    {
        if (item.Expression is StarExpression star) return HierarchyStar(star) ?? Star(star);
        var sql = Expression(item.Expression);
        var name = ResultColumnName(item);
        NoteTimestampTzAlias(item.Expression, name);
        // DuckDB binds a bare word such as current_date to a same-named select alias first ("cannot be referenced before
        // it is defined"); a scalar subquery keeps the function meaning for that one case.
        if (item.Expression is FunctionCallExpression { Arguments.Count: 0, Star: false }
            && sql.All(c => char.IsAsciiLetter(c) || c == '_')
            && string.Equals(sql, name, StringComparison.OrdinalIgnoreCase))
            sql = $"(SELECT {sql})";
        return $"{sql} AS {Quote(name)}";
    }

    public static string ResultColumnName(SelectItem item) => item switch
    {
        { Alias: not null } => item.Alias.Resolved,
        { Expression: ColumnReference column } => column.Name.Resolved,
        _ => item.DefaultName,
    };

    // ---- FROM -----------------------------------------------------------------------------------------------------

    public string TableSource(TableSource source)
    {
        EnsureStack();
        return GenerateTableSource(source);
    }

    private string GenerateTableSource(TableSource source) => source switch
    {
        TableReference table => TableReference(table),
        DerivedTable derived => DerivedTable(derived),
        TableFunctionSource function => TableFunction(function),
        JoinSource join => Join(join),
        PivotSource pivot => Pivot(pivot),
        UnpivotSource unpivot => Unpivot(unpivot),
        _ => throw SnowflakeErrors.Unsupported(source.GetType().Name),
    };

    public string TableName(QualifiedName name)
    {
        NoteRelationRead(name);
        if (name.Bind is not null) throw SnowflakeErrors.Unsupported("IDENTIFIER(?) outside USE");
        if (name.Variable is null) return QuoteAll(WithInformationSchemaStorage(name.Parts));
        // IDENTIFIER($var) in FROM: DuckDB's query_table resolves the name held by the session variable at run time.
        Note("IDENTIFIER($var) -> query_table(getvariable('VAR'))");
        return $"query_table({ReadSessionVariable(name.Variable)})";
    }

    /// <summary>
    /// [db.]INFORMATION_SCHEMA.view reads Snowflake's views, which the engine keeps in a schema of their own
    /// (DuckDB reserves the name for its catalog views).
    /// </summary>
    private IReadOnlyList<Identifier> WithInformationSchemaStorage(IReadOnlyList<Identifier> parts)
    {
        if (parts.Count < 2 || parts[^2].Resolved != CatalogNames.InformationSchema)
            return parts;
        Note("INFORMATION_SCHEMA -> " + CatalogNames.InformationSchemaStorage);
        var mapped = parts.ToArray();
        mapped[^2] = new Identifier(CatalogNames.InformationSchemaStorage, Quoted: true);
        return mapped;
    }

    /// <summary>A DDL/DML target: IDENTIFIER($var) cannot be resolved at translation time there.</summary>
    private string TargetName(QualifiedName name) =>
        name.Bind is not null ? throw SnowflakeErrors.Unsupported("IDENTIFIER(?) outside USE") :
        name.Variable is null ? QuoteAll(name.Parts) : throw SnowflakeErrors.Unsupported("IDENTIFIER($variable) as a statement target");

    private static string Alias(TableAlias? alias)
    {
        if (alias is null) return "";
        var columns = alias.Columns.Count > 0 ? $"({JoinList(alias.Columns, Quote)})" : "";
        return $" AS {Quote(alias.Name)}{columns}";
    }

    private string TableReference(TableReference table) =>
        TableName(table.Name) + Alias(table.Alias) + (table.Sample is null ? "" : Sample(table.Sample));

    /// <summary>SAMPLE (p) is Bernoulli row sampling in percent; SAMPLE (n ROWS) a fixed-size sample; SEED makes it repeatable.</summary>
    private string Sample(SampleClause sample)
    {
        NotReusable("SAMPLE");
        var size = Expression(sample.Size);
        var method = sample.Rows ? "reservoir" : sample.Method is "SYSTEM" or "BLOCK" ? "system" : "bernoulli";
        var amount = sample.Rows ? $"{size} ROWS" : $"{size} PERCENT";
        var seed = sample.Seed is null ? "" : $" REPEATABLE ({Expression(sample.Seed)})";
        return $" TABLESAMPLE {method}({amount}){seed}";
    }

    private string DerivedTable(DerivedTable derived)
    {
        if (derived.Query is ValuesQuery values && values.With is null && values.OrderBy.Count == 0 && values.Limit is null)
            return ValuesTable(values, derived.Alias);
        return $"{(derived.Lateral ? "LATERAL " : "")}({Query(derived.Query)}){Alias(derived.Alias)}";
    }

    private string TableFunction(TableFunctionSource source, TableSource? left = null)
    {
        var name = source.Call.Name.Last.Resolved;
        if (!IsFlatten(source))
            NotReusable("table function " + name);
        if (source.Call.Name.Parts.Count == 1 && name == "RESULT_SCAN")
            return ResultScan(source);
        if (source.Call.Name.Parts.Count == 1 && FunctionLibrary.TryGet(name, out var definition) && definition.Kind == FunctionKind.Table)
        {
            var count = source.Call.Arguments.Count;
            if (count < definition.MinArguments || count > definition.MaxArguments)
                throw SnowflakeErrors.WrongArgumentCount(name, count, definition.MinArguments, definition.MaxArguments);
            var call = BuildFunctionCall(source.Call, name, RowSequence(left));
            return $"{(source.Lateral ? "LATERAL " : "")}{definition.Translate(call)}{Alias(source.Alias)}";
        }
        if (source.Call.Name.Parts.Count == 1 && name == "GENERATOR")
            return Generator(source);
        if (IsFlatten(source))
            return Flatten(source, left: null);
        if (name is "RESULT_SCAN" or "INFER_SCHEMA")
            throw SnowflakeErrors.Unsupported("TABLE(" + name + ")");
        return $"{(source.Lateral ? "LATERAL " : "")}{UserFunctionCall(source.Call)}{Alias(source.Alias)}";
    }

    /// <summary>TABLE(GENERATOR(ROWCOUNT => n)) -> DuckDB range(n): n rows (GENERATOR has no columns of its own).</summary>
    private string Generator(TableFunctionSource source)
    {
        var rowCount = source.Call.Arguments.FirstOrDefault(a => a.Name?.Resolved == "ROWCOUNT");
        if (rowCount is null)
        {
            if (source.Call.Arguments.Any(a => a.Name?.Resolved == "TIMELIMIT"))
                throw SnowflakeErrors.Unsupported("GENERATOR(TIMELIMIT => ...)");
            throw SnowflakeErrors.WrongArgumentCount("GENERATOR", 0, 1, 2);
        }
        Note("TABLE(GENERATOR(ROWCOUNT => n)) -> range(n)");
        var alias = source.Alias is null ? "" : $" AS {Quote(source.Alias.Name)}";
        return $"range(CAST({Expression(rowCount.Value)} AS BIGINT)){alias}";
    }

    private string Join(JoinSource join)
    {
        var left = TableSource(join.Left);
        var right = RightOfJoin(join);
        if (join.Comma) return $"{left}, {right}";
        if (join.JoinType == "ASOF")
        {
            // Snowflake's ASOF JOIN keeps left rows without a match (NULL-padded), i.e. DuckDB's ASOF LEFT JOIN.
            Note("ASOF JOIN ... MATCH_CONDITION -> ASOF LEFT JOIN ... ON");
            var conditions = new[] { join.On, join.MatchCondition }.Where(c => c is not null).Select(c => Expression(c!));
            return $"{left} ASOF LEFT JOIN {right} ON {string.Join(" AND ", conditions)}";
        }
        if (join.Natural) return $"{left} NATURAL {join.JoinType} JOIN {right}";
        if (join.Using.Count > 0) return $"{left} {join.JoinType} JOIN {right} USING ({JoinList(join.Using, Quote)})";
        if (join.On is not null) return $"{left} {join.JoinType} JOIN {right} ON {Expression(join.On)}";
        if (join.JoinType is "INNER" or "CROSS") return $"{left} CROSS JOIN {right}";
        throw SnowflakeErrors.Unsupported("outer join without a join condition");
    }

    /// <summary>
    /// Snowflake names pivoted columns after the IN values as literals ('a' shows as 'a' with quotes, numbers as digits);
    /// DuckDB's PIVOT accepts an alias per value, so each value is aliased with Snowflake's name.
    /// </summary>
    private string Pivot(PivotSource pivot)
    {
        if (pivot.AnyValues) throw SnowflakeErrors.Unsupported("PIVOT ... IN (ANY)");
        var aggregate = FunctionCall(pivot.Aggregate);
        var values = JoinList(pivot.Values, value => $"{Expression(value)} AS {Quote(PivotColumnName(value))}");
        return $"{TableSource(pivot.Source)} PIVOT ({aggregate} FOR {Quote(pivot.PivotColumn)} IN ({values})){Alias(pivot.Alias)}";
    }

    private static string PivotColumnName(Expression value) => value switch
    {
        StringLiteral text => "'" + text.Value + "'",
        NumberLiteral number => number.Text,
        _ => throw SnowflakeErrors.Unsupported("PIVOT value that is not a literal"),
    };

    private string Unpivot(UnpivotSource unpivot)
    {
        var nulls = unpivot.IncludeNulls ? " INCLUDE NULLS" : "";
        return $"{TableSource(unpivot.Source)} UNPIVOT{nulls} ({Quote(unpivot.ValueColumn)} FOR {Quote(unpivot.NameColumn)} IN ({JoinList(unpivot.Columns, Quote)})){Alias(unpivot.Alias)}";
    }
}
