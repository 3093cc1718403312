using System.Buffers;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text.Json;
using Mockhaus.Engine.Sessions;

namespace Mockhaus.Server.Results;

/// <summary>
/// Writes the `parameters` list of login and query responses (protocol doc §4.6). Values keep JSON types
/// (Node reads them as-is: the string "false" would be truthy).
/// </summary>
public static class ParametersWriter
{
    private static readonly HashSet<string> Hidden = new(StringComparer.OrdinalIgnoreCase)
    {
        "CLIENT_STAGE_ARRAY_BINDING_THRESHOLD", "SERVICE_NAME",
        // Read by the server alone; Snowflake does not list it for the drivers.
        "USE_CACHED_RESULT",
    };

    /// <summary>
    /// CLIENT_STAGE_ARRAY_BINDING_THRESHOLD as the drivers see it: no array bind reaches it, so they always send binds
    /// inline (there is no stage to upload them to). Without the parameter Node uses 100,000 binds (rows x columns) and
    /// tries CREATE TEMPORARY STAGE + PUT above it before falling back; 0 would make Node stage every array bind.
    /// .NET and Python stage only when 0 &lt; threshold &lt;= binds (protocol doc §6.3).
    /// </summary>
    public const int StageArrayBindingThreshold = int.MaxValue;

    /// <summary>Each session's list as last written: every query response carries it, and it rarely changes.</summary>
    private static readonly ConditionalWeakTable<SessionParameters, Rendered> RenderedLists = new();

    private sealed record Rendered(long Version, byte[] Json);

    public static void Write(Utf8JsonWriter writer, SessionParameters parameters)
    {
        var version = parameters.Version;
        if (!RenderedLists.TryGetValue(parameters, out var rendered) || rendered.Version != version)
        {
            rendered = new Rendered(version, Render(parameters));
            RenderedLists.AddOrUpdate(parameters, rendered);
        }
        writer.WriteRawValue(rendered.Json, skipInputValidation: true);
    }

    private static byte[] Render(SessionParameters parameters)
    {
        var buffer = new ArrayBufferWriter<byte>(2048);
        using (var writer = new Utf8JsonWriter(buffer, Protocol.JsonEnvelope.WriterOptions))
            WriteList(writer, parameters);
        return buffer.WrittenSpan.ToArray();
    }

    private static void WriteList(Utf8JsonWriter writer, SessionParameters parameters)
    {
        writer.WriteStartArray();
        writer.WriteStartObject();
        writer.WriteString("name", "CLIENT_STAGE_ARRAY_BINDING_THRESHOLD");
        writer.WriteNumber("value", StageArrayBindingThreshold);
        writer.WriteEndObject();
        foreach (var (name, value) in parameters.All.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            if (Hidden.Contains(name))
                continue;
            writer.WriteStartObject();
            writer.WriteString("name", name);
            writer.WritePropertyName("value");
            WriteValue(writer, value);
            writer.WriteEndObject();
        }
        writer.WriteEndArray();
    }

    private static void WriteValue(Utf8JsonWriter writer, string value)
    {
        if (value.Equals("true", StringComparison.OrdinalIgnoreCase))
            writer.WriteBooleanValue(true);
        else if (value.Equals("false", StringComparison.OrdinalIgnoreCase))
            writer.WriteBooleanValue(false);
        else if (value.Length is > 0 and < 19 && long.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number))
            writer.WriteNumberValue(number);
        else
            writer.WriteStringValue(value);
    }
}
