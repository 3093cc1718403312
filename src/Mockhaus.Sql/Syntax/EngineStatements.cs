namespace Mockhaus.Sql.Syntax;

// Statements the engine executes itself (TranslatedStatement.DuckDbSql is null): it reads these nodes.

/// <summary>USE [DATABASE|SCHEMA|WAREHOUSE|ROLE] name | USE SECONDARY ROLES ALL|NONE. ObjectKind is null for a bare USE name.</summary>
public sealed record UseStatement(string? ObjectKind, QualifiedName? Name, string? SecondaryRoles) : Statement;

/// <summary>IN ACCOUNT | IN DATABASE d | IN SCHEMA d.s | IN TABLE t.</summary>
public sealed record ShowScope(string Kind, QualifiedName? Name);

/// <summary>SHOW [TERSE] objects [HISTORY] [LIKE 'p'] [IN scope] [STARTS WITH 's'] [LIMIT n [FROM 's']].</summary>
public sealed record ShowStatement(string ObjectKind) : Statement
{
    public bool Terse { get; init; }
    public bool History { get; init; }
    public string? LikePattern { get; init; }
    public ShowScope? In { get; init; }
    public string? StartsWith { get; init; }
    public int? Limit { get; init; }
    public string? LimitFrom { get; init; }
    /// <summary>SHOW COLUMNS / SHOW GRANTS ON|TO|OF target (ON/TO/OF kind and name).</summary>
    public string? TargetPreposition { get; init; }
    public string? TargetKind { get; init; }
    public QualifiedName? TargetName { get; init; }
}

/// <summary>DESCRIBE|DESC [TABLE|VIEW|SCHEMA|DATABASE|...] name [TYPE = COLUMNS|STAGE].</summary>
public sealed record DescribeStatement(string ObjectKind, QualifiedName Name) : Statement
{
    public string? DescribeType { get; init; }
}

/// <summary>A NAME = value option (session parameter, object property). Value is the literal text (strings unescaped).</summary>
public sealed record OptionSetting(string Name, string Value, bool IsString);

/// <summary>ALTER SESSION SET a = 1, b = 'x' | ALTER SESSION UNSET a, b.</summary>
public sealed record AlterSessionStatement(IReadOnlyList<OptionSetting> Set, IReadOnlyList<string> Unset) : Statement;

/// <summary>
/// SET x = expr | SET (a, b) = (expr1, expr2). Names are Snowflake-resolved (upper case unless quoted). ValueDuckDbSql holds,
/// per value, a DuckDB expression the engine can evaluate (e.g. "SET VARIABLE X = &lt;sql&gt;").
/// </summary>
public sealed record SetVariableStatement(IReadOnlyList<string> Names, IReadOnlyList<Expression> Values) : Statement
{
    public IReadOnlyList<string> ValueDuckDbSql { get; init; } = Array.Empty<string>();
}

public sealed record UnsetVariableStatement(IReadOnlyList<string> Names) : Statement;

public sealed record CreateDatabaseStatement(QualifiedName Name) : Statement
{
    public bool OrReplace { get; init; }
    public bool IfNotExists { get; init; }
    public bool Transient { get; init; }
    public QualifiedName? CloneOf { get; init; }
    public string? Comment { get; init; }
}

/// <summary>ALTER DATABASE [IF EXISTS] name RENAME TO n | SWAP WITH n | SET ... | UNSET ...</summary>
public sealed record AlterDatabaseStatement(QualifiedName Name, bool IfExists, string Action, QualifiedName? NewName,
    IReadOnlyList<OptionSetting> Settings) : Statement;

/// <summary>BEGIN [TRANSACTION|WORK] | START TRANSACTION | COMMIT [WORK] | ROLLBACK [WORK]. Kind: BEGIN, COMMIT or ROLLBACK.</summary>
public sealed record TransactionStatement(string Kind) : Statement;

/// <summary>
/// GRANT privileges ON kind name TO [ROLE|USER] grantee | GRANT ROLE r TO ... and REVOKE ... FROM ... .
/// Privileges are upper-cased words as written ("SELECT", "USAGE", "ALL PRIVILEGES", "ROLE").
/// </summary>
public sealed record GrantStatement(bool Revoke, IReadOnlyList<string> Privileges, string? OnKind, QualifiedName? OnName,
    string? GranteeKind, QualifiedName Grantee) : Statement;

/// <summary>CREATE / ALTER / DROP of WAREHOUSE, ROLE or USER (Action: CREATE, ALTER, DROP).</summary>
public sealed record AccountObjectStatement(string Action, string ObjectKind, QualifiedName Name) : Statement
{
    public bool OrReplace { get; init; }
    public bool IfNotExists { get; init; }
    public bool IfExists { get; init; }
    /// <summary>For ALTER: SET, UNSET, RENAME, SUSPEND, RESUME, ... (the first word after the name).</summary>
    public string? AlterAction { get; init; }
    public QualifiedName? NewName { get; init; }
    public IReadOnlyList<OptionSetting> Properties { get; init; } = Array.Empty<OptionSetting>();
}

/// <summary>COMMENT [IF EXISTS] ON kind name IS 'text'.</summary>
public sealed record CommentStatement(string ObjectKind, QualifiedName Name, string Comment, bool IfExists) : Statement;

/// <summary>CREATE [OR REPLACE] SEQUENCE [IF NOT EXISTS] name [START [WITH] [=] s] [INCREMENT [BY] [=] i].</summary>
public sealed record CreateSequenceStatement(QualifiedName Name, long Start, long Increment) : Statement
{
    public bool OrReplace { get; init; }
    public bool IfNotExists { get; init; }
    public string? Comment { get; init; }
}

/// <summary>CALL proc(args). ArgumentsDuckDbSql gives each argument as a DuckDB expression.</summary>
public sealed record CallStatement(QualifiedName Procedure, IReadOnlyList<Expression> Arguments) : Statement
{
    public IReadOnlyList<string> ArgumentsDuckDbSql { get; init; } = Array.Empty<string>();
}

/// <summary>
/// PUT file://... @stage | GET @stage file://... | LIST @stage | REMOVE @stage. Locations are as written
/// (e.g. "file:///tmp/a.csv", "@~/dir", "@%t", "@db.s.stage/path"); options are NAME = value pairs and PATTERN.
/// </summary>
public sealed record FileStatement(string Command, IReadOnlyList<string> Locations, IReadOnlyList<OptionSetting> Options) : Statement
{
    public string? Pattern => Options.FirstOrDefault(o => o.Name == "PATTERN")?.Value;
}
