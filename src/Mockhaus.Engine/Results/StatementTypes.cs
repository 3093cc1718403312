using Mockhaus.Sql;

namespace Mockhaus.Engine.Results;

/// <summary>Snowflake's `statementTypeId` values; the drivers derive DML counts from them.</summary>
public static class StatementTypes
{
    public const long Unknown = 0x0000;
    public const long Select = 0x1000;
    public const long Explain = 0x2000;
    public const long Insert = 0x3100;
    public const long Update = 0x3200;
    public const long Delete = 0x3300;
    public const long Merge = 0x3400;
    public const long MultiInsert = 0x3500;
    public const long Copy = 0x3600;
    public const long Scl = 0x4000;
    public const long AlterSession = 0x4100;
    public const long Use = 0x4300;
    public const long Show = 0x4400;
    public const long Describe = 0x4500;
    public const long List = 0x4701;
    public const long Tcl = 0x5000;
    public const long Ddl = 0x6000;
    public const long Get = 0x7101;
    public const long Put = 0x7102;
    public const long Remove = 0x7103;
    public const long Set = 0x8104;
    public const long Call = 0x9000;

    public static long For(StatementKind kind) => kind switch
    {
        StatementKind.Select => Select,
        StatementKind.Explain => Explain,
        StatementKind.Insert => Insert,
        StatementKind.MultiInsert => MultiInsert,
        StatementKind.Update => Update,
        StatementKind.Delete => Delete,
        StatementKind.Merge => Merge,
        StatementKind.Copy => Copy,
        StatementKind.AlterSession => AlterSession,
        StatementKind.Use => Use,
        StatementKind.Show => Show,
        StatementKind.Describe => Describe,
        StatementKind.List => List,
        StatementKind.Begin or StatementKind.Commit or StatementKind.Rollback => Tcl,
        StatementKind.SetVariable or StatementKind.UnsetVariable => Set,
        StatementKind.Call => Call,
        StatementKind.Get => Get,
        StatementKind.Put => Put,
        StatementKind.Remove => Remove,
        StatementKind.Unknown => Unknown,
        _ => Ddl,
    };

    /// <summary>True for results the drivers read row counts from (never chunked, always JSON).</summary>
    public static bool IsDml(long id) => id is Insert or Update or Delete or Merge or MultiInsert;
}
