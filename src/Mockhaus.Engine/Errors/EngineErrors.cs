using Mockhaus.Sql.Errors;

namespace Mockhaus.Engine.Errors;

/// <summary>Snowflake errors raised by the engine itself (context, parameters, variables), in Snowflake's wording.</summary>
public static class EngineErrors
{
    /// <summary>USE of a database or schema that does not exist.</summary>
    public static SnowflakeSqlException ObjectDoesNotExistOrCannotBePerformed() =>
        new("002043", "02000", "SQL compilation error:\nObject does not exist, or operation cannot be performed.");

    /// <summary>STATEMENT_TIMEOUT_IN_SECONDS elapsed.</summary>
    public static SnowflakeSqlException StatementTimeout(int seconds) =>
        new("000630", "57014", $"Statement reached its statement or warehouse timeout of {seconds} second(s) and was canceled.");

    public static SnowflakeSqlException NoCurrentDatabase(string operation) =>
        new("090105", "22000",
            $"Cannot perform {operation}. This session does not have a current database. Call 'USE DATABASE', or use a qualified name.");

    public static SnowflakeSqlException NoCurrentSchema(string operation) =>
        new("090106", "22000",
            $"Cannot perform {operation}. This session does not have a current schema. Call 'USE SCHEMA', or use a qualified name.");

    // 001007 (22023) is what Snowflake reports for "invalid type [...] for parameter 'TO_VARIANT'" (seen in a
    // connector error); the message texts "invalid parameter 'X'" / "invalid value [v] for parameter 'X'" match
    // Snowflake's (snowflake-jdbc MultiStatementLatestIT). That an unknown name shares the code is an assumption.
    public static SnowflakeSqlException InvalidParameter(string name) =>
        new("001007", "22023", $"SQL compilation error:\ninvalid parameter '{name}'");

    public static SnowflakeSqlException InvalidParameterValue(string name, string value) =>
        new("001007", "22023", $"SQL compilation error:\ninvalid value [{value}] for parameter '{name}'");

    /// <summary>
    /// 002211 (02000), e.g. "SQL compilation error: error line 1 at position 7\nSession variable '$TABLE_NAME' does not
    /// exist" for <c>select $table_name</c>: the position is the 0-based column of the reference.
    /// </summary>
    public static SnowflakeSqlException VariableDoesNotExist(string name, int line = 1, int position = 0) =>
        new("002211", "02000", $"SQL compilation error: error line {line} at position {position}\nSession variable '${name}' does not exist")
        {
            Line = line,
            Position = position,
        };

    public static SnowflakeSqlException AlreadyExists(string kind, string name) =>
        new("002002", "42710", $"SQL compilation error:\nObject '{name}' already exists.");

    public static SnowflakeSqlException DatabaseDoesNotExist(string name) =>
        new("002003", "02000", $"SQL compilation error:\nDatabase '{name}' does not exist or not authorized.");

    public static SnowflakeSqlException SchemaDoesNotExist(string name) =>
        new("002003", "02000", $"SQL compilation error:\nSchema '{name}' does not exist or not authorized.");
}
