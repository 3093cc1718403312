using Mockhaus.Sql.Syntax;

namespace Mockhaus.Sql.Parsing;

/// <summary>How <see cref="TranslationSettings"/> shape what the parser reads: names and types are resolved as written.</summary>
public sealed partial class Parser
{
    private TranslationSettings _settings = TranslationSettings.Default;

    /// <summary>A double-quoted identifier; upper-cased when QUOTED_IDENTIFIERS_IGNORE_CASE is on.</summary>
    private Identifier QuotedIdentifier(string value) =>
        new(_settings.QuotedIdentifiersIgnoreCase ? value.ToUpperInvariant() : value, true);

    /// <summary>A bare TIMESTAMP means the type TIMESTAMP_TYPE_MAPPING names, fixed when the statement is compiled.</summary>
    private string TypeName(string name) => _settings.ResolveTimestamp(name);
}
