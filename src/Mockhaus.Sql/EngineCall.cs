namespace Mockhaus.Sql;

/// <summary>
/// A function the engine answers before the statement runs, because its value lives outside DuckDB
/// (RESULT_SCAN: an earlier result of the session; GET_DDL: the metadata store). Its arguments must be constant;
/// the engine evaluates them, computes the value and stores it in DuckDB variable <see cref="Variable"/>, which the
/// translated SQL reads. Translations stay independent of the session and cacheable by text.
/// </summary>
/// <param name="Function">The Snowflake function name, upper case.</param>
/// <param name="Arguments">DuckDB SQL of each argument.</param>
public sealed record EngineCall(string Function, IReadOnlyList<string> Arguments, string Variable);
