using Mockhaus.Sql.Errors;
using Mockhaus.Sql.Syntax;

namespace Mockhaus.Sql.Generation;

public sealed partial class DuckDbGenerator
{
    /// <summary>A no-op for statements that are valid in Snowflake but have no effect here (CLUSTER BY, ...).</summary>
    public const string NoOperation = "SELECT 1 WHERE FALSE";

    /// <summary>The DuckDB SQL of a statement, or null when the engine executes the statement itself.</summary>
    public string? Statement(Statement statement) => statement switch
    {
        QueryStatement query => Query(query.Query),
        ExplainStatement explain => "EXPLAIN " + (Statement(explain.Inner) ?? throw SnowflakeErrors.Unsupported("EXPLAIN of this statement")),
        InsertStatement insert => Insert(insert),
        MultiInsertStatement multi => MultiInsert(multi),
        UpdateStatement update => Update(update),
        DeleteStatement delete => Delete(delete),
        MergeStatement merge => Merge(merge),
        CreateTableStatement create => CreateTable(create),
        CreateViewStatement view => CreateView(view),
        CreateSchemaStatement schema => CreateSchema(schema),
        AlterTableStatement alter => AlterTable(alter),
        DropStatement drop => Drop(drop),
        CreateFunctionStatement function => CreateFunction(function),
        UndropStatement => throw SnowflakeErrors.Unsupported("UNDROP"),
        TruncateStatement truncate => Truncate(truncate),
        _ => null,
    };

    // ---- DML ---------------------------------------------------------------------------------------------------------

    private string Insert(InsertStatement insert)
    {
        var table = TargetName(insert.Table);
        var columns = insert.Columns.Count > 0 ? $" ({JoinList(insert.Columns, Quote)})" : "";
        var source = insert.Source is ValuesQuery values && values.With is null && values.OrderBy.Count == 0 && values.Limit is null
            ? InsertValues(insert, values)
            : InsertQuery(insert);
        var sql = $"INSERT INTO {table}{columns} {source}";
        if (!insert.Overwrite) return sql;
        // INSERT OVERWRITE replaces the table's rows in one statement; DuckDB runs the two statements in sequence.
        Note("INSERT OVERWRITE -> DELETE + INSERT");
        return $"DELETE FROM {table}; {sql}";
    }

    private string Update(UpdateStatement update)
    {
        var builder = new SqlBuilder().Append("UPDATE ").Append(TargetName(update.Table)).Append(Alias(update.Alias));
        // DuckDB wants unqualified column names on the left of SET.
        builder.Append(" SET ").Append(JoinList(update.Assignments, a => $"{Quote(a.Column[^1])} = {AssignedValue(update.Table, a)}"));
        if (update.From is not null) builder.Append(" FROM ").Append(TableSource(update.From));
        if (update.Where is not null) builder.Append(" WHERE ").Append(Expression(update.Where));
        return builder.ToString();
    }

    private string Delete(DeleteStatement delete)
    {
        var builder = new SqlBuilder().Append("DELETE FROM ").Append(TargetName(delete.Table)).Append(Alias(delete.Alias));
        if (delete.Using is not null) builder.Append(" USING ").Append(TableSource(delete.Using));
        if (delete.Where is not null) builder.Append(" WHERE ").Append(Expression(delete.Where));
        return builder.ToString();
    }

    private string Merge(MergeStatement merge)
    {
        var builder = new SqlBuilder()
            .Append("MERGE INTO ").Append(TargetName(merge.Target)).Append(Alias(merge.TargetAlias))
            .Append(" USING ").Append(TableSource(merge.Source))
            .Append(" ON ").Append(Expression(merge.On));
        foreach (var clause in merge.Clauses)
        {
            builder.Append(clause.Matched ? " WHEN MATCHED" : " WHEN NOT MATCHED");
            if (clause.Condition is not null) builder.Append(" AND ").Append(Expression(clause.Condition));
            builder.Append(" THEN ").Append(MergeAction(merge.Target, clause));
        }
        // Snowflake reports inserted, updated and deleted rows separately; the engine counts the returned actions.
        Note("MERGE -> RETURNING merge_action (per-action row counts)");
        return builder.Append(" RETURNING merge_action").ToString();
    }

    private string MergeAction(QualifiedName target, MergeClause clause) => clause.Action switch
    {
        "DELETE" => "DELETE",
        "UPDATE" => "UPDATE SET " + JoinList(clause.Assignments, a => $"{Quote(a.Column[^1])} = {AssignedValue(target, a)}"),
        _ => "INSERT " + (clause.InsertColumns.Count > 0 ? $"({JoinList(clause.InsertColumns, Quote)}) " : "")
             + $"VALUES ({MergeInsertValues(target, clause)})",
    };

    // ---- DDL ---------------------------------------------------------------------------------------------------------

    private string CreateTable(CreateTableStatement create)
    {
        var temporary = create.TableKind is "TEMPORARY" or "VOLATILE";
        // DuckDB keeps temporary tables in its own temp catalog, so they cannot carry a database/schema qualifier.
        var name = temporary ? Quote(create.Name.Last) : TargetName(create.Name);
        var head = $"CREATE {(create.OrReplace ? "OR REPLACE " : "")}{(temporary ? "TEMPORARY " : "")}TABLE {(create.IfNotExists ? "IF NOT EXISTS " : "")}{name}";
        if (create.Like is not null)
        {
            Note("CREATE TABLE LIKE -> CREATE TABLE AS SELECT ... LIMIT 0 (column types only)");
            return $"{head} AS SELECT * FROM {TableName(create.Like)} LIMIT 0";
        }
        if (create.CloneOf is not null)
        {
            Note("CREATE TABLE CLONE -> CREATE TABLE AS SELECT * (a copy of the data)");
            return $"{head} AS SELECT * FROM {TableName(create.CloneOf)}";
        }
        if (create.AsQuery is not null && create.Columns.Count == 0)
            return $"{head} AS {Query(create.AsQuery)}";
        if (create.AsQuery is not null)
        {
            // CREATE TABLE t (a INT, ...) AS SELECT: the declared columns, filled by position from the query.
            if (create.Columns.Any(c => c.Type is null)) throw SnowflakeErrors.Unsupported("CREATE TABLE (names only) AS SELECT");
            Note("CREATE TABLE (columns) AS SELECT -> CREATE TABLE + INSERT");
            return $"{head} ({JoinList(create.Columns, ColumnDefinition)}); INSERT INTO {name} {Query(create.AsQuery)}";
        }
        if (create.Constraints.Count > 0 || create.Columns.Any(c => c.Constraints.Count > 0))
            Note("PRIMARY KEY / UNIQUE / FOREIGN KEY not enforced (Snowflake enforces only NOT NULL)");
        var primaryKey = create.PrimaryKeyColumns;
        if (primaryKey.Count > 0)
            create = create with { Columns = create.Columns.Select(c => primaryKey.Contains(c.Name.Resolved) ? c with { NotNull = true } : c).ToList() };
        var sequences = create.Columns.Where(c => c.Identity is not null)
            .ToDictionary(c => c, c => IdentitySequenceName(create, c, temporary));
        var columns = JoinList(create.Columns, c => ColumnDefinition(c, sequences.GetValueOrDefault(c)));
        var createTable = $"{head} ({columns})";
        if (sequences.Count == 0) return createTable;
        return string.Join("; ", IdentitySequences(create, sequences, temporary, name).Append(createTable));
    }

    /// <summary>
    /// AUTOINCREMENT / IDENTITY columns draw from a DuckDB sequence named TABLE_COLUMN_SEQ next to the table, created
    /// with the column's START / INCREMENT just before the table (the statements run in sequence).
    /// </summary>
    private IEnumerable<string> IdentitySequences(CreateTableStatement create, Dictionary<ColumnDefinition, string> sequences,
        bool temporary, string tableName)
    {
        Note("AUTOINCREMENT / IDENTITY -> DuckDB sequence + DEFAULT nextval");
        if (create.OrReplace) yield return $"DROP TABLE IF EXISTS {tableName}";
        foreach (var (column, sequence) in sequences)
        {
            var head = create.IfNotExists
                ? $"CREATE {(temporary ? "TEMPORARY " : "")}SEQUENCE IF NOT EXISTS"
                : $"CREATE OR REPLACE {(temporary ? "TEMPORARY " : "")}SEQUENCE";
            yield return $"{head} {sequence} START {column.Identity!.Start} INCREMENT BY {column.Identity.Increment}";
        }
    }

    private string IdentitySequenceName(CreateTableStatement create, ColumnDefinition column, bool temporary)
    {
        var sequence = Quote($"{create.Name.Last.Resolved}_{column.Name.Resolved}_SEQ");
        if (temporary || create.Name.Parts.Count == 1) return sequence;
        return TargetName(create.Name with { Parts = create.Name.Parts.Take(create.Name.Parts.Count - 1).ToList() }) + "." + sequence;
    }

    private string ColumnDefinition(ColumnDefinition column) => ColumnDefinition(column, null);

    private string ColumnDefinition(ColumnDefinition column, string? identitySequence)
    {
        if (column.Identity is not null && identitySequence is null)
            throw SnowflakeErrors.Unsupported("AUTOINCREMENT / IDENTITY in ALTER TABLE");
        var builder = new SqlBuilder().Append(Quote(column.Name)).Append(" ").Append(TypeMapper.ToDuckDb(column.Type!));
        if (identitySequence is not null) builder.Append($" DEFAULT nextval({QuoteString(identitySequence)})");
        else if (column.Default is not null) builder.Append(" DEFAULT ").Append(Expression(column.Default));
        if (column.NotNull) builder.Append(" NOT NULL");
        return builder.ToString();
    }

    private string CreateView(CreateViewStatement view)
    {
        if (view.Secure || view.Materialized) Note("SECURE / MATERIALIZED view -> plain DuckDB view");
        var name = view.Temporary ? Quote(view.Name.Last) : TargetName(view.Name);
        var columns = view.Columns.Count > 0 ? $" ({JoinList(view.Columns, Quote)})" : "";
        return $"CREATE {(view.OrReplace ? "OR REPLACE " : "")}{(view.Temporary ? "TEMPORARY " : "")}VIEW {(view.IfNotExists ? "IF NOT EXISTS " : "")}{name}{columns} AS {Query(view.Query)}";
    }

    private string CreateSchema(CreateSchemaStatement schema)
    {
        if (schema.CloneOf is not null) throw SnowflakeErrors.Unsupported("CREATE SCHEMA ... CLONE");
        return $"CREATE {(schema.OrReplace ? "OR REPLACE " : "")}SCHEMA {(schema.IfNotExists ? "IF NOT EXISTS " : "")}{TargetName(schema.Name)}";
    }

    /// <summary>DuckDB's ALTER TABLE takes one action per statement, so a Snowflake action list becomes several statements.</summary>
    private string AlterTable(AlterTableStatement alter)
    {
        var table = TargetName(alter.Name);
        var ifExists = alter.IfExists ? "IF EXISTS " : "";
        var statements = alter.Actions.SelectMany(action => action is SwapWithAction swap
            ? SwapWith(alter.Name, swap.Other)
            : AlterTableAction(table, ifExists, action)).ToList();
        return statements.Count == 0 ? NoOperation : string.Join("; ", statements);
    }

    private IEnumerable<string> AlterTableAction(string table, string ifExists, AlterTableAction action)
    {
        var prefix = $"ALTER TABLE {ifExists}{table}";
        switch (action)
        {
            case AddColumnAction add:
                return add.Columns.Select(c => $"{prefix} ADD COLUMN {(add.IfNotExists ? "IF NOT EXISTS " : "")}{ColumnDefinition(c)}");
            case DropColumnAction drop:
                return drop.Columns.Select(c => $"{prefix} DROP COLUMN {(drop.IfExists ? "IF EXISTS " : "")}{Quote(c)}");
            case RenameColumnAction rename:
                return new[] { $"{prefix} RENAME COLUMN {Quote(rename.From)} TO {Quote(rename.To)}" };
            case RenameTableAction rename:
                if (rename.NewName.Parts.Count > 1) throw SnowflakeErrors.Unsupported("ALTER TABLE ... RENAME TO a qualified name");
                return new[] { $"{prefix} RENAME TO {Quote(rename.NewName.Last)}" };
            case AlterColumnAction column:
                return new[] { AlterColumn(prefix, table, column) };
            case SetTableCommentAction comment:
                return new[] { $"COMMENT ON TABLE {table} IS {(comment.Comment is null ? "NULL" : QuoteString(comment.Comment))}" };
            case AddConstraintAction or DropConstraintAction:
                Note("ALTER TABLE ADD / DROP constraint: recorded as metadata only (Snowflake enforces only NOT NULL)");
                return Array.Empty<string>();
            case IgnoredAlterAction ignored:
                Note($"ALTER TABLE {ignored.Description} ignored (no effect in an emulator)");
                return Array.Empty<string>();
            default:
                throw SnowflakeErrors.Unsupported(action.GetType().Name);
        }
    }

    /// <summary>
    /// ALTER TABLE a SWAP WITH b exchanges the two names: three renames through a temporary name. DuckDB renames
    /// within a schema only, so both tables must be in the same one.
    /// </summary>
    private IEnumerable<string> SwapWith(QualifiedName name, QualifiedName other)
    {
        var qualifier = name.Parts.Take(name.Parts.Count - 1).Select(p => p.Resolved).ToList();
        var otherQualifier = other.Parts.Take(other.Parts.Count - 1).Select(p => p.Resolved).ToList();
        if (name.Variable is not null || other.Variable is not null || !qualifier.SequenceEqual(otherQualifier))
            throw SnowflakeErrors.Unsupported("ALTER TABLE ... SWAP WITH a table in another schema");
        Note("SWAP WITH -> three renames through a temporary name");
        var temporary = new Identifier("__MOCKHAUS_SWAP", Quoted: true);
        var parked = QuoteAll(name.Parts.Take(name.Parts.Count - 1).Append(temporary));
        return
        [
            $"ALTER TABLE {TargetName(name)} RENAME TO {Quote(temporary)}",
            $"ALTER TABLE {TargetName(other)} RENAME TO {Quote(name.Last)}",
            $"ALTER TABLE {parked} RENAME TO {Quote(other.Last)}",
        ];
    }

    private string AlterColumn(string prefix, string table, AlterColumnAction action)
    {
        var column = Quote(action.Column);
        return action.Change switch
        {
            "TYPE" => $"{prefix} ALTER COLUMN {column} SET DATA TYPE {TypeMapper.ToDuckDb(action.Type!)}",
            "SET NOT NULL" => $"{prefix} ALTER COLUMN {column} SET NOT NULL",
            "DROP NOT NULL" => $"{prefix} ALTER COLUMN {column} DROP NOT NULL",
            "SET DEFAULT" => $"{prefix} ALTER COLUMN {column} SET DEFAULT {Expression(action.Default!)}",
            "DROP DEFAULT" => $"{prefix} ALTER COLUMN {column} DROP DEFAULT",
            _ => $"COMMENT ON COLUMN {table}.{column} IS {(action.Comment is null ? "NULL" : QuoteString(action.Comment))}",
        };
    }

    /// <summary>DROP of account-level objects (DATABASE, WAREHOUSE, ROLE, USER) is the engine's: those yield null.</summary>
    private string? Drop(DropStatement drop)
    {
        var ifExists = drop.IfExists ? "IF EXISTS " : "";
        switch (drop.ObjectKind)
        {
            case "TABLE" or "VIEW" or "SEQUENCE":
                return $"DROP {drop.ObjectKind} {ifExists}{TargetName(drop.Name)}{(drop.Cascade ? " CASCADE" : "")}";
            case "FUNCTION":
                // DROP MACRO drops table macros too.
                return $"DROP MACRO {ifExists}{UserFunctionName(drop.Name)}";
            case "MATERIALIZED VIEW":
                return $"DROP VIEW {ifExists}{TargetName(drop.Name)}";
            case "SCHEMA":
                // Snowflake drops a schema with its contents; DuckDB needs CASCADE for that.
                return $"DROP SCHEMA {ifExists}{TargetName(drop.Name)} CASCADE";
            case "DATABASE" or "WAREHOUSE" or "ROLE" or "USER":
                return null;
            default:
                throw SnowflakeErrors.Unsupported("DROP " + drop.ObjectKind);
        }
    }

    private string Truncate(TruncateStatement truncate)
    {
        if (truncate.IfExists) throw SnowflakeErrors.Unsupported("TRUNCATE TABLE IF EXISTS");
        return $"TRUNCATE {TargetName(truncate.Name)}";
    }
}
