namespace Mockhaus.Sql.Functions;

public enum FunctionKind
{
    Scalar,
    Aggregate,
    Window,
    Table,
}
