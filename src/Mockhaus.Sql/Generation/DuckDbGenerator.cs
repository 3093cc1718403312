using System.Globalization;
using System.Text;
using Mockhaus.Sql.Syntax;

namespace Mockhaus.Sql.Generation;

/// <summary>
/// Turns the Snowflake AST into DuckDB SQL with Snowflake semantics. Identifiers are always emitted quoted with their
/// Snowflake-resolved spelling, so DuckDB sees exactly the names Snowflake would store. One generator instance serves
/// one statement and records the semantic transforms it applied (for <c>mockhaus translate --explain</c>).
/// </summary>
public sealed partial class DuckDbGenerator
{
    private readonly SortedSet<string> _transforms = new(StringComparer.Ordinal);
    private readonly TranslationSettings _settings;

    public DuckDbGenerator(TranslationSettings? settings = null) => _settings = settings ?? TranslationSettings.Default;

    /// <summary>Human-readable notes about the Snowflake-to-DuckDB rewrites applied so far.</summary>
    public IReadOnlyCollection<string> Transforms => _transforms;

    private void Note(string transform) => _transforms.Add(transform);

    public static string Quote(string identifier) => "\"" + identifier.Replace("\"", "\"\"") + "\"";

    public static string Quote(Identifier identifier) => Quote(identifier.Resolved);

    public static string QuoteString(string value) => "'" + value.Replace("'", "''") + "'";

    private static string QuoteAll(IEnumerable<Identifier> parts) => string.Join(".", parts.Select(Quote));

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    private static string JoinList<T>(IEnumerable<T> items, Func<T, string> generate) => string.Join(", ", items.Select(generate));

    private sealed class SqlBuilder
    {
        private readonly StringBuilder _builder = new();

        public SqlBuilder Append(string text)
        {
            _builder.Append(text);
            return this;
        }

        public SqlBuilder AppendIf(bool condition, string text) => condition ? Append(text) : this;

        public override string ToString() => _builder.ToString();
    }
}
