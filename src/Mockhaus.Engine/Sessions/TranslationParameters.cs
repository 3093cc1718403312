using Mockhaus.Engine.Errors;
using Mockhaus.Sql;

namespace Mockhaus.Engine.Sessions;

/// <summary>
/// The session parameters that change how SQL text is translated (QUOTED_IDENTIFIERS_IGNORE_CASE,
/// TIMESTAMP_TYPE_MAPPING): their accepted values, and the <see cref="TranslationSettings"/> they make.
/// https://docs.snowflake.com/en/sql-reference/parameters
/// </summary>
internal static class TranslationParameters
{
    private const string IgnoreCase = "QUOTED_IDENTIFIERS_IGNORE_CASE";

    private const string UseCachedResult = "USE_CACHED_RESULT";
    private const string TimestampMapping = "TIMESTAMP_TYPE_MAPPING";

    /// <summary>Rejects a value Snowflake would reject, with its "invalid value [..] for parameter" error.</summary>
    public static void Validate(string name, string value)
    {
        var valid = name.ToUpperInvariant() switch
        {
            IgnoreCase or UseCachedResult => TryParseBoolean(value, out _),
            TimestampMapping => TranslationSettings.TimestampTypes.Contains(value.ToUpperInvariant()),
            _ => true,
        };
        if (!valid)
            throw EngineErrors.InvalidParameterValue(name.ToUpperInvariant(), value);
    }

    public static TranslationSettings SettingsFrom(SessionParameters parameters)
    {
        var ignoreCase = TryParseBoolean(parameters.Get(IgnoreCase), out var flag) && flag;
        var mapping = parameters.Get(TimestampMapping).ToUpperInvariant();
        if (!ignoreCase && mapping == TranslationSettings.Default.TimestampTypeMapping)
            return TranslationSettings.Default;
        return new TranslationSettings(ignoreCase,
            TranslationSettings.TimestampTypes.Contains(mapping) ? mapping : TranslationSettings.Default.TimestampTypeMapping);
    }

    /// <summary>A boolean parameter's value as Snowflake reads it (TRUE/FALSE, ON/OFF, YES/NO, 1/0, T/F, Y/N).</summary>
    internal static bool IsTrue(string value) => TryParseBoolean(value, out var result) && result;

    private static bool TryParseBoolean(string value, out bool result)
    {
        result = value.ToUpperInvariant() is "TRUE" or "1" or "ON" or "YES" or "T" or "Y";
        return result || value.ToUpperInvariant() is "FALSE" or "0" or "OFF" or "NO" or "F" or "N";
    }
}
