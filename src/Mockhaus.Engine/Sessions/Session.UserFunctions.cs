using Mockhaus.Engine.Errors;
using Mockhaus.Sql;
using Mockhaus.Sql.Errors;

namespace Mockhaus.Engine.Sessions;

/// <summary>
/// SQL UDFs: a name the function library does not know fails translation with 002140, and may still be a UDF of the
/// catalog (CREATE FUNCTION). Such a text is translated again with the catalog (the session's cached view, <see cref="CachedTableColumns"/>),
/// once per text and context until the next DDL.
/// </summary>
public sealed partial class Session
{
    private SchemaCache<(string Text, TranslationSettings Settings, string? Database, string? Schema), IReadOnlyList<TranslatedStatement>>? _withUserFunctions;

    private IReadOnlyList<TranslatedStatement> TranslateWithUserFunctions(string sql, TranslationSettings settings)
    {
        _busy.Wait();
        try
        {
            return (_withUserFunctions ??= new(() => _engine.SchemaVersion, 256)).GetOrAdd((sql, settings, Database, Schema),
                _ => _engine.Translator.TranslateWithUserFunctions(sql, settings, TableColumns()));
        }
        catch (Exception e) when (e is not SnowflakeSqlException)
        {
            throw DuckDbErrorMapper.Map(e, sql);
        }
        finally
        {
            _busy.Release();
        }
    }
}
