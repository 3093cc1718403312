using System.Globalization;
using System.Text.RegularExpressions;
using Mockhaus.Engine.Types;

namespace Mockhaus.Engine.Metadata;

/// <summary>
/// A column type as Snowflake reports it after resolving synonyms: NUMBER(38,0) for INT, VARCHAR(16777216) for STRING,
/// TIMESTAMP_NTZ(9) for DATETIME, ... (https://docs.snowflake.com/en/sql-reference/intro-summary-data-types).
/// <see cref="Name"/> is the canonical name (NUMBER, FLOAT, VARCHAR, BINARY, BOOLEAN, DATE, TIME, TIMESTAMP_NTZ,
/// TIMESTAMP_LTZ, TIMESTAMP_TZ, VARIANT, OBJECT, ARRAY, GEOGRAPHY, GEOMETRY).
/// </summary>
public sealed record DeclaredType(string Name, int? Precision = null, int? Scale = null, long? Length = null)
{
    public static DeclaredType Number(int precision = 38, int scale = 0) => new("NUMBER", precision, scale);
    public static DeclaredType Varchar(long length = SnowflakeType.MaxTextLength) => new("VARCHAR", Length: length);

    /// <summary>The element / fields / key and value of a structured ARRAY, OBJECT or MAP (null otherwise).</summary>
    public IReadOnlyList<DeclaredField>? Fields { get; init; }

    /// <summary>What the metadata store keeps in type_name: the canonical name, or a structured type's full text.</summary>
    public string StoredName => Fields is null ? Name : ToString();

    /// <summary>A type read back from the metadata store (see <see cref="StoredName"/>).</summary>
    public static DeclaredType Stored(string name, int? precision, int? scale, long? length) =>
        StructuredDeclaredType.IsStructuredText(name) ? StructuredDeclaredType.Parse(name) : new DeclaredType(name, precision, scale, length);

    /// <summary>The type as DESCRIBE TABLE and GET_DDL print it: NUMBER(10,2), VARCHAR(100), TIMESTAMP_NTZ(9), FLOAT.</summary>
    public override string ToString() => Fields is not null ? StructuredDeclaredType.Text(this) : Name switch
    {
        "NUMBER" => $"NUMBER({Precision ?? 38},{Scale ?? 0})",
        "VARCHAR" or "BINARY" => $"{Name}({Length})",
        "TIME" or "TIMESTAMP_NTZ" or "TIMESTAMP_LTZ" or "TIMESTAMP_TZ" => $"{Name}({Scale ?? 9})",
        _ => Name,
    };

    /// <summary>DATA_TYPE in INFORMATION_SCHEMA.COLUMNS: TEXT for VARCHAR, otherwise the canonical name.</summary>
    public string InformationSchemaName => Name == "VARCHAR" ? "TEXT" : Name;

    /// <summary>The type of query results over such a column (rowtype).</summary>
    public SnowflakeType ToSnowflakeType() => Fields is not null ? StructuredDeclaredType.ToSnowflakeType(this) : Name switch
    {
        "NUMBER" => SnowflakeType.Number(Precision ?? 38, Scale ?? 0),
        "FLOAT" => SnowflakeType.Float,
        "VARCHAR" => SnowflakeType.Text(Length ?? SnowflakeType.MaxTextLength),
        "BINARY" => SnowflakeType.Binary(Length ?? SnowflakeType.MaxBinaryLength),
        "BOOLEAN" => SnowflakeType.Boolean,
        "DATE" => SnowflakeType.Date,
        "TIME" => SnowflakeType.Time(Scale ?? 9),
        "TIMESTAMP_NTZ" => SnowflakeType.TimestampNtz(Scale ?? 9),
        "TIMESTAMP_LTZ" => SnowflakeType.TimestampLtz(Scale ?? 9),
        "TIMESTAMP_TZ" => SnowflakeType.TimestampTz(Scale ?? 9),
        "OBJECT" => SnowflakeType.Object,
        "ARRAY" => SnowflakeType.Array,
        _ => SnowflakeType.Variant,
    };

    /// <summary>
    /// The JSON SHOW COLUMNS prints in data_type, e.g. {"type":"FIXED","precision":38,"scale":0,"nullable":true}
    /// (https://docs.snowflake.com/en/sql-reference/sql/show-columns).
    /// </summary>
    public string ToShowColumnsJson(bool nullable)
    {
        var n = nullable ? "true" : "false";
        return Name switch
        {
            "NUMBER" => $"{{\"type\":\"FIXED\",\"precision\":{Precision ?? 38},\"scale\":{Scale ?? 0},\"nullable\":{n}}}",
            "FLOAT" => $"{{\"type\":\"REAL\",\"nullable\":{n}}}",
            "VARCHAR" => $"{{\"type\":\"TEXT\",\"length\":{Length},\"byteLength\":{OctetLength},\"nullable\":{n},\"fixed\":false}}",
            "BINARY" => $"{{\"type\":\"BINARY\",\"length\":{Length},\"byteLength\":{Length},\"nullable\":{n},\"fixed\":false}}",
            "TIME" or "TIMESTAMP_NTZ" or "TIMESTAMP_LTZ" or "TIMESTAMP_TZ" =>
                $"{{\"type\":\"{Name}\",\"precision\":0,\"scale\":{Scale ?? 9},\"nullable\":{n}}}",
            _ => $"{{\"type\":\"{Name}\",\"nullable\":{n}}}",
        };
    }

    /// <summary>CHARACTER_OCTET_LENGTH: four bytes a character, at most 16 MB.</summary>
    public long? OctetLength => Name switch
    {
        "VARCHAR" => Math.Min((Length ?? SnowflakeType.MaxTextLength) * 4, SnowflakeType.MaxTextLength),
        "BINARY" => Length,
        _ => null,
    };

    private static readonly Regex TextPattern = new(@"^\s*([A-Za-z_][A-Za-z0-9_ ]*?)\s*(?:\(\s*([^)]*)\))?\s*$", RegexOptions.Compiled);

    /// <summary>Resolves a type as written in DDL ("INT", "varchar(100)", "NUMBER(10, 2)", "DOUBLE PRECISION").</summary>
    public static DeclaredType Parse(string text, string timestampTypeMapping = "TIMESTAMP_NTZ")
    {
        if (StructuredDeclaredType.IsStructuredText(text))
            return StructuredDeclaredType.Parse(text, timestampTypeMapping);
        var match = TextPattern.Match(text);
        if (!match.Success)
            return new DeclaredType(text.Trim().ToUpperInvariant());
        var args = match.Groups[2].Success
            ? match.Groups[2].Value.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
                .Select(a => int.TryParse(a, NumberStyles.Integer, CultureInfo.InvariantCulture, out var v) ? v : (int?)null)
                .Where(a => a is not null).Select(a => a!.Value).ToList()
            : [];
        return Resolve(match.Groups[1].Value, args, timestampTypeMapping);
    }

    /// <summary>Resolves a type name and its arguments, synonyms included.</summary>
    public static DeclaredType Resolve(string name, IReadOnlyList<int> args, string timestampTypeMapping = "TIMESTAMP_NTZ")
    {
        var key = Regex.Replace(name.Trim().ToUpperInvariant(), @"\s+", " ");
        int? Arg(int i) => args.Count > i ? args[i] : null;
        switch (key)
        {
            case "NUMBER" or "DECIMAL" or "DEC" or "NUMERIC":
                return Number(Arg(0) ?? 38, Arg(1) ?? 0);
            case "INT" or "INTEGER" or "BIGINT" or "SMALLINT" or "TINYINT" or "BYTEINT":
                return Number();
            case "FLOAT" or "FLOAT4" or "FLOAT8" or "DOUBLE" or "DOUBLE PRECISION" or "REAL":
                return new DeclaredType("FLOAT");
            case "VARCHAR" or "STRING" or "TEXT" or "NVARCHAR" or "NVARCHAR2" or "CHAR VARYING" or "NCHAR VARYING"
                or "CHARACTER VARYING":
                return Varchar(Arg(0) ?? SnowflakeType.MaxTextLength);
            case "CHAR" or "CHARACTER" or "NCHAR":
                return Varchar(Arg(0) ?? 1);
            case "BINARY" or "VARBINARY":
                return new DeclaredType("BINARY", Length: Arg(0) ?? SnowflakeType.MaxBinaryLength);
            case "BOOLEAN" or "BOOL":
                return new DeclaredType("BOOLEAN");
            case "DATE":
                return new DeclaredType("DATE");
            case "DATETIME":
                return new DeclaredType("TIMESTAMP_NTZ", Scale: Arg(0) ?? 9);
            case "TIME":
                return new DeclaredType("TIME", Scale: Arg(0) ?? 9);
            case "TIMESTAMP":
                return new DeclaredType(Resolve(timestampTypeMapping, []).Name, Scale: Arg(0) ?? 9);
            case "TIMESTAMP_NTZ" or "TIMESTAMPNTZ" or "TIMESTAMP WITHOUT TIME ZONE":
                return new DeclaredType("TIMESTAMP_NTZ", Scale: Arg(0) ?? 9);
            case "TIMESTAMP_LTZ" or "TIMESTAMPLTZ" or "TIMESTAMP WITH LOCAL TIME ZONE":
                return new DeclaredType("TIMESTAMP_LTZ", Scale: Arg(0) ?? 9);
            case "TIMESTAMP_TZ" or "TIMESTAMPTZ" or "TIMESTAMP WITH TIME ZONE":
                return new DeclaredType("TIMESTAMP_TZ", Scale: Arg(0) ?? 9);
            case "VARIANT" or "OBJECT" or "ARRAY" or "GEOGRAPHY" or "GEOMETRY":
                return new DeclaredType(key);
            default:
                return new DeclaredType(key, args.Count > 0 ? args[0] : null, args.Count > 1 ? args[1] : null);
        }
    }

    /// <summary>What Snowflake would report for a column DuckDB created without a recorded declaration (CTAS, unrecorded DDL).</summary>
    public static DeclaredType FromDuckDb(string duckDbType, int? precision = null, int? scale = null)
    {
        var t = duckDbType.Trim().ToUpperInvariant();
        if (t.StartsWith("DECIMAL", StringComparison.Ordinal))
        {
            var args = Regex.Match(t, @"\((\d+)\s*,\s*(\d+)\)");
            if (precision is null && args.Success)
                (precision, scale) = (int.Parse(args.Groups[1].Value, CultureInfo.InvariantCulture), int.Parse(args.Groups[2].Value, CultureInfo.InvariantCulture));
            return Number(precision ?? 38, scale ?? 0);
        }
        if (t == Mockhaus.Sql.Generation.TypeMapper.TimestampTzCatalogType.ToUpperInvariant())
            return new DeclaredType("TIMESTAMP_TZ", Scale: 9);
        if (t.EndsWith("[]", StringComparison.Ordinal) || t.StartsWith("LIST", StringComparison.Ordinal))
            return new DeclaredType("ARRAY");
        if (t.StartsWith("STRUCT", StringComparison.Ordinal) || t.StartsWith("MAP", StringComparison.Ordinal))
            return new DeclaredType("OBJECT");
        return t switch
        {
            "TINYINT" or "SMALLINT" or "INTEGER" or "BIGINT" or "HUGEINT" or "UTINYINT" or "USMALLINT" or "UINTEGER"
                or "UBIGINT" or "UHUGEINT" => Number(),
            "FLOAT" or "DOUBLE" => new DeclaredType("FLOAT"),
            "VARCHAR" or "UUID" => Varchar(),
            "BLOB" => new DeclaredType("BINARY", Length: SnowflakeType.MaxBinaryLength),
            "BOOLEAN" => new DeclaredType("BOOLEAN"),
            "DATE" => new DeclaredType("DATE"),
            "TIME" or "TIME_NS" => new DeclaredType("TIME", Scale: 9),
            "TIMESTAMP" or "TIMESTAMP_NS" or "TIMESTAMP_MS" or "TIMESTAMP_S" => new DeclaredType("TIMESTAMP_NTZ", Scale: 9),
            "TIMESTAMP WITH TIME ZONE" => new DeclaredType("TIMESTAMP_LTZ", Scale: 9),
            "JSON" => new DeclaredType("VARIANT"),
            _ => Varchar(),
        };
    }
}
