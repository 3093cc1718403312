namespace Mockhaus.Sql.Syntax;

/// <summary>Base of every AST node. Nodes are immutable records so that the AST can be cached and shared across threads.</summary>
public abstract record SyntaxNode;

/// <summary>An identifier as written. Unquoted identifiers resolve to upper case (Snowflake's rule); quoted ones are kept verbatim.</summary>
public sealed record Identifier(string Value, bool Quoted)
{
    public string Resolved => Quoted ? Value : Value.ToUpperInvariant();

    public override string ToString() => Quoted ? $"\"{Value.Replace("\"", "\"\"")}\"" : Value;
}

/// <summary>
/// A possibly qualified object name (db.schema.name). When written as IDENTIFIER($var) the name is only known at run time:
/// <see cref="Parts"/> is empty and <see cref="Variable"/> names the session variable holding it.
/// </summary>
public sealed record QualifiedName(IReadOnlyList<Identifier> Parts, string? Variable = null)
{
    public Identifier Last => Parts[^1];

    /// <summary>IDENTIFIER(?) / IDENTIFIER(:1): the name arrives as a bind value (the .NET connector's ChangeDatabase).</summary>
    public BindParameter? Bind { get; init; }

    /// <summary>The Snowflake-normalised name; for IDENTIFIER($var) the name part is the '$VAR' marker.</summary>
    public ObjectName ToObjectName() => Parts.Count switch
    {
        0 when Bind is not null => new ObjectName(null, null, "?"),
        0 => new ObjectName(null, null, "$" + Variable),
        1 => new ObjectName(null, null, Parts[0].Resolved),
        2 => new ObjectName(null, Parts[0].Resolved, Parts[1].Resolved),
        _ => new ObjectName(Parts[^3].Resolved, Parts[^2].Resolved, Parts[^1].Resolved),
    };

    public override string ToString() =>
        Bind is not null ? "IDENTIFIER(?)" : Variable is not null ? $"IDENTIFIER(${Variable})" : string.Join('.', Parts);
}

/// <summary>A Snowflake data type as declared (e.g. NUMBER(10,2), VARCHAR(20), TIMESTAMP_NTZ(9)).</summary>
public sealed record DataType(string Name, IReadOnlyList<int> Arguments)
{
    /// <summary>
    /// The element (ARRAY), fields (OBJECT) or key and value (MAP) of a structured type, null for every other type
    /// (https://docs.snowflake.com/en/sql-reference/data-types-structured).
    /// </summary>
    public IReadOnlyList<StructuredField>? Fields { get; init; }

    public bool IsStructured => Fields is not null;

    /// <summary>The declared type in Snowflake's spelling, kept for metadata (column types in DESCRIBE / result sets).</summary>
    public string SnowflakeText => Fields is not null ? $"{Name}({string.Join(", ", Fields)})"
        : Arguments.Count == 0 ? Name : $"{Name}({string.Join(",", Arguments)})";

    public override string ToString() => SnowflakeText;
}

/// <summary>One part of a structured type: an OBJECT field (with its key name) or an ARRAY element / MAP key or value type.</summary>
public sealed record StructuredField(string? Name, DataType Type)
{
    public override string ToString() => Name is null ? Type.SnowflakeText : $"{QuoteIfNeeded(Name)} {Type.SnowflakeText}";

    // OBJECT keys keep their case; a key that is not a plain lower/upper-case word is quoted so the text parses back.
    private static string QuoteIfNeeded(string name) =>
        System.Text.RegularExpressions.Regex.IsMatch(name, "^[A-Za-z_][A-Za-z0-9_$]*$") ? name : $"\"{name.Replace("\"", "\"\"")}\"";
}
