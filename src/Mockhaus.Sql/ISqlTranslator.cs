namespace Mockhaus.Sql;

/// <summary>
/// The one seam between the protocol/engine and the SQL translator: Snowflake SQL text in,
/// DuckDB-ready statements out. Implementations throw only <see cref="Errors.SnowflakeSqlException"/>.
/// </summary>
public interface ISqlTranslator
{
    /// <summary>
    /// Splits <paramref name="sql"/> into statements (by the parser, never by naive ';' splitting)
    /// and translates each one.
    /// </summary>
    IReadOnlyList<TranslatedStatement> Translate(string sql);

    /// <summary>Translates under session parameters that change what the text means (see <see cref="TranslationSettings"/>).</summary>
    IReadOnlyList<TranslatedStatement> Translate(string sql, TranslationSettings settings) => Translate(sql);

    /// <summary>Translates knowing the columns of the tables it reads (never cached: the catalog changes).</summary>
    IReadOnlyList<TranslatedStatement> Translate(string sql, TranslationSettings settings, ITableColumns tables) =>
        Translate(sql, settings);

    /// <summary>
    /// Translates a script whose unknown function names may be SQL UDFs of the catalog: a statement that names one the
    /// catalog does not hold yet is left to be translated again when it runs (see <see cref="TranslatedStatement.NeedsTableColumns"/>).
    /// </summary>
    IReadOnlyList<TranslatedStatement> TranslateWithUserFunctions(string sql, TranslationSettings settings, ITableColumns tables) =>
        Translate(sql, settings, tables);
}
