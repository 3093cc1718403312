using Mockhaus.Sql;

namespace Mockhaus.Engine.Sessions;

/// <summary>The text of Snowflake's one-row `status` results for DDL and other non-query statements.</summary>
public static class StatusMessages
{
    public const string Success = "Statement executed successfully.";

    public static string For(TranslatedStatement statement)
    {
        var name = statement.Target?.Name;
        if (name is null)
            return Success;
        return statement.Kind switch
        {
            StatementKind.CreateTable => $"Table {name} successfully created.",
            StatementKind.CreateView => $"View {name} successfully created.",
            StatementKind.CreateSchema => $"Schema {name} successfully created.",
            StatementKind.CreateDatabase => $"Database {name} successfully created.",
            StatementKind.CreateSequence => $"Sequence {name} successfully created.",
            StatementKind.CreateFunction => $"Function {name} successfully created.",
            StatementKind.Drop => $"{name} successfully dropped.",
            _ => Success,
        };
    }
}
