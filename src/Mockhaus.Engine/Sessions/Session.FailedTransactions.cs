using DuckDB.NET.Data;
using Mockhaus.Sql;
using Mockhaus.Sql.Errors;
using Mockhaus.Sql.Syntax;

namespace Mockhaus.Engine.Sessions;

/// <summary>
/// A statement that fails at run time inside an open transaction (a constraint, a conversion, a division by zero)
/// makes DuckDB abort the whole transaction, where Snowflake rolls back only that statement and keeps the transaction
/// open (docs.snowflake.com/en/sql-reference/transactions, "Failed statements within a transaction"). DuckDB would then
/// refuse every statement and turn COMMIT into a silent rollback, losing the earlier statements' changes while
/// reporting success. Such a transaction is made to fail by name instead: every statement but ROLLBACK is refused,
/// and COMMIT rolls back and says so.
/// </summary>
public sealed partial class Session
{
    /// <summary>A statement failed since the transaction's state was last checked.</summary>
    private bool _failedInTransaction;

    /// <summary>DuckDB aborted the open transaction: nothing of it can be committed any more.</summary>
    private bool _transactionLost;

    /// <summary>Noted by every failure, including one raised while a result is read; checked at the next statement.</summary>
    private void NoteFailure()
    {
        if (InTransaction)
            _failedInTransaction = true;
    }

    /// <summary>Refuses a statement of a transaction DuckDB has aborted (ROLLBACK and COMMIT end it themselves).</summary>
    private void CheckTransactionUsable(TranslatedStatement statement)
    {
        if (!InTransaction)
            return;
        if (_failedInTransaction)
        {
            _failedInTransaction = false;
            _transactionLost = !DuckDbTransactionAlive();
        }
        if (_transactionLost && statement.Syntax is not TransactionStatement)
            throw TransactionLost();
    }

    private bool DuckDbTransactionAlive()
    {
        try
        {
            using var command = _connection.CreateCommand();
            command.CommandText = "SELECT 1";
            command.ExecuteScalar();
            return true;
        }
        catch (DuckDBException)
        {
            return false;
        }
    }

    /// <summary>COMMIT of a lost transaction: rolled back, and the caller is told.</summary>
    private void RefuseCommitOfLostTransaction()
    {
        if (!_transactionLost)
            return;
        RollbackTransaction();
        throw TransactionLost();
    }

    private static SnowflakeSqlException TransactionLost() => SnowflakeErrors.Unsupported(
        "continuing a transaction after a statement in it failed: the transaction was rolled back when that statement " +
        "failed, so none of its changes can be committed; run ROLLBACK and repeat the transaction");
}
