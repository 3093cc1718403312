namespace Mockhaus.Sql.Errors;

/// <summary>Factory for the Snowflake errors the translator and engine raise, with Snowflake's exact wording.</summary>
public static class SnowflakeErrors
{
    public static SnowflakeSqlException Syntax(int line, int position, string unexpected) =>
        new("001003", "42000",
            $"SQL compilation error:\nsyntax error line {line} at position {position} unexpected '{unexpected}'.")
        { Line = line, Position = position };

    public static SnowflakeSqlException ObjectDoesNotExist(string name) =>
        new("002003", "42S02", $"SQL compilation error:\nObject '{name}' does not exist or not authorized.");

    public const string UnknownFunctionCode = "002140";

    public static SnowflakeSqlException UnknownFunction(string name) =>
        new(UnknownFunctionCode, "42601", $"SQL compilation error:\nUnknown function {name}");

    public static SnowflakeSqlException Unsupported(string feature) =>
        new("000002", "0A000", $"Unsupported feature '{feature}'.");

    public static SnowflakeSqlException InvalidIdentifier(string name) =>
        new("000904", "42000", $"SQL compilation error: error line 0 at position -1\ninvalid identifier '{name}'");

    /// <summary>Input nested deeper than the translator's recursion bound (Snowflake also rejects such statements).</summary>
    public static SnowflakeSqlException TooDeeplyNested(int line, int position) =>
        new("001003", "42000",
            $"SQL compilation error:\nstatement is too deeply nested or too complex (line {line}, position {position}).")
        { Line = line, Position = position };

    public static SnowflakeSqlException WrongArgumentCount(string name, int given, int min, int max) =>
        new("000938", "42601",
            $"SQL compilation error:\n{(given < min ? "not enough" : "too many")} arguments for function [{name}], expected {(min == max ? min.ToString() : $"{min} to {max}")}, got {given}");

    public static SnowflakeSqlException UnsupportedDataType(string name) =>
        new("002040", "42601", $"SQL compilation error:\nUnsupported data type '{name}'.");
}
