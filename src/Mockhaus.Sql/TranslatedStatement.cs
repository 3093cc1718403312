namespace Mockhaus.Sql;

/// <summary>One translated statement, with what the engine needs to execute it and to describe its result.</summary>
public sealed class TranslatedStatement
{
    public TranslatedStatement(string sourceText, StatementKind kind, string? duckDbSql, object? syntax = null,
        ObjectName? target = null)
    {
        SourceText = sourceText;
        Kind = kind;
        DuckDbSql = duckDbSql;
        Syntax = syntax;
        Target = target;
    }

    /// <summary>The original Snowflake text of this statement alone.</summary>
    public string SourceText { get; }

    public StatementKind Kind { get; }

    /// <summary>DuckDB SQL to run, or null when the engine handles the statement itself (USE, SHOW, SET ...).</summary>
    public string? DuckDbSql { get; }

    /// <summary>The parsed statement node (the AST), for engine-level statements.</summary>
    public object? Syntax { get; }

    /// <summary>The object a DDL/DML statement acts on, with Snowflake-normalised names.</summary>
    public ObjectName? Target { get; }

    /// <summary>Number of bind placeholders ('?', ':1', ':name') in the statement.</summary>
    public int BindCount { get; init; }

    /// <summary>Functions the engine answers before running the statement (RESULT_SCAN, GET_DDL).</summary>
    public IReadOnlyList<EngineCall> EngineCalls { get; init; } = [];

    /// <summary>Resolved names of the session variables ($name, IDENTIFIER($name)) the statement reads.</summary>
    public IReadOnlyCollection<string> SessionVariables { get; init; } = [];

    /// <summary>
    /// The translation depends on the columns of the tables the statement reads or writes: an earlier SELECT item's
    /// alias that only the catalog tells apart from a column (SELECT ts::DATE AS d, YEAR(d) FROM t), or an INSERT of
    /// Snowflake timestamp text whose meaning depends on the column type. Translate it again with
    /// <see cref="ITableColumns"/>.
    /// </summary>
    public bool NeedsTableColumns { get; init; }

    /// <summary>
    /// A query whose result may be answered from an earlier run of the same text over unchanged data: nothing in it
    /// reads the clock, randomness, the session's context or a sequence, samples, or calls a table function or UDF
    /// (https://docs.snowflake.com/en/user-guide/querying-persisted-results). The relations it reads are in
    /// <see cref="RelationsRead"/>: a view among them may hide such a call, which only the catalog can tell.
    /// </summary>
    public bool ResultReusable { get; init; }

    /// <summary>The tables and views named in the statement's FROM clauses (CTE names too), as written.</summary>
    public IReadOnlyList<ObjectName> RelationsRead { get; init; } = [];

    /// <summary>For a multi-table INSERT, the steps after <see cref="DuckDbSql"/> (see <see cref="MultiInsertPlan"/>).</summary>
    public MultiInsertPlan? MultiInsert { get; init; }
    /// <summary>
    /// With <see cref="NeedsTableColumns"/>: the columns matter only if some table has TIMESTAMP_TZ columns (values
    /// written into a table, columns compared or cast); without any, this translation is already the right one.
    /// </summary>
    public bool TableColumnsMatterOnlyForTimestampTz { get; init; }
}
