namespace Mockhaus.Sql;

/// <summary>
/// How a multi-table INSERT runs on DuckDB, which has none. The statement's own DuckDB SQL keeps the source rows, with
/// each WHEN condition evaluated once, in a temporary table; OVERWRITE empties the targets (<see cref="Deletes"/>);
/// each INTO clause then runs as its own INSERT so that its count can be reported; <see cref="Cleanup"/> drops the
/// temporary table. The engine runs the steps as one unit: all targets get their rows, or none does.
/// </summary>
public sealed record MultiInsertPlan(IReadOnlyList<string> Deletes, IReadOnlyList<MultiInsertTarget> Targets, string Cleanup);

/// <summary>One INTO clause: the target's name as Snowflake reports it, and the INSERT that fills it.</summary>
public sealed record MultiInsertTarget(string TableName, string InsertSql);
