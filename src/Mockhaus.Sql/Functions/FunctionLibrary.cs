using Mockhaus.Sql.Errors;

namespace Mockhaus.Sql.Functions;

/// <summary>
/// The Snowflake function library: every function Mockhaus knows, by upper-case name, and the DuckDB
/// setup (TEMP macros) each DuckDB connection needs before translated SQL that calls them can run.
/// The functions themselves are registered per family in the FunctionLibrary.*.cs partial files.
/// </summary>
public static partial class FunctionLibrary
{
    private static readonly Dictionary<string, FunctionDefinition> Definitions = new(StringComparer.OrdinalIgnoreCase);

    private static readonly List<string> SetupSql = new();

    static FunctionLibrary()
    {
        RegisterConditional();
        RegisterMath();
        RegisterBitwise();
        RegisterString();
        RegisterRegex();
        RegisterHash();
        RegisterDateTime();
        RegisterConversion();
        RegisterAggregate();
        RegisterWindow();
        RegisterGenerator();
        RegisterSemiStructured();
        RegisterContext();
        RegisterSystem();
        // All macros are created in one statement batch so a new session pays one round trip.
        SetupSql.Insert(0, string.Join(";\n", PendingMacros) + ";");
        PendingMacros.Clear();
    }

    /// <summary>
    /// DuckDB statements to run once on each new DuckDB connection (e.g. CREATE OR REPLACE TEMP MACRO ...).
    /// TEMP macros are used because they resolve whatever the connection's current catalog/schema is.
    /// </summary>
    public static IReadOnlyList<string> ConnectionSetupSql => SetupSql;

    public static bool TryGet(string name, out FunctionDefinition definition) =>
        Definitions.TryGetValue(name, out definition!);

    public static IEnumerable<FunctionDefinition> All => Definitions.Values;

    private static readonly List<string> PendingMacros = new();

    private static void Add(FunctionDefinition definition) => Definitions[definition.Name] = definition;

    /// <summary>Registers one CREATE OR REPLACE TEMP MACRO; <paramref name="body"/> is "name(params) AS expr[, (params) AS expr]".</summary>
    private static void Macro(string body) => PendingMacros.Add("CREATE OR REPLACE TEMP MACRO " + body);

    // ---- registration helpers -------------------------------------------------------------

    private static void Scalar(string name, int min, int max, Func<FunctionCall, string> translate) =>
        Add(new FunctionDefinition(name, FunctionKind.Scalar, min, max, translate));

    /// <summary>A scalar whose translation only needs the argument SQL.</summary>
    private static void Simple(string name, int min, int max, Func<string[], string> translate) =>
        Scalar(name, min, max, call => translate(Args(call)));

    /// <summary>A scalar that maps 1:1 onto a DuckDB function (or TEMP macro) with the same argument list.</summary>
    private static void Direct(string name, int min, int max, string duckDbFunction) =>
        Simple(name, min, max, a => $"{duckDbFunction}({string.Join(", ", a)})");

    /// <summary>
    /// Marks functions whose value may differ between runs over unchanged data (see <see cref="FunctionDefinition.ResultReusable"/>).
    /// Called right after their registration, before any alias copies them.
    /// </summary>
    private static void NotReusable(params string[] names)
    {
        foreach (var name in names)
            Add(Definitions[name] with { ResultReusable = false });
    }

    private static void Alias(string name, string existing)
    {
        var target = Definitions[existing];
        Add(target with { Name = name });
    }

    /// <summary>A function Mockhaus knows but cannot emulate faithfully: fail loudly instead of returning wrong results.</summary>
    private static void Unsupported(string name, FunctionKind kind, int min, int max) =>
        Add(new FunctionDefinition(name, kind, min, max, _ => throw SnowflakeErrors.Unsupported(name)));

    private static string[] Args(FunctionCall call) => call.Arguments.Select(a => a.Sql).ToArray();

    /// <summary>Parenthesises generated SQL before it is embedded in an operator expression.</summary>
    internal static string P(string sql) => "(" + sql + ")";

    /// <summary>A DuckDB string literal.</summary>
    internal static string Lit(string text) => "'" + text.Replace("'", "''") + "'";

    /// <summary>Appends the generated OVER clause (if any) right after an aggregate or window call.</summary>
    private static string WithOver(FunctionCall call, string aggregateCall) =>
        call.Over is null ? aggregateCall : aggregateCall + " " + call.Over;

    /// <summary>
    /// The integer value of an argument that must be a constant (a precision, a scale), when its generated SQL is
    /// a plain integer literal, possibly wrapped in a CAST by the generator.
    /// </summary>
    internal static int? ConstantInt(FunctionArgument argument)
    {
        var text = argument.Sql.Trim();
        while (true)
        {
            if (text.StartsWith('(') && text.EndsWith(')'))
            {
                text = text[1..^1].Trim();
                continue;
            }
            if (text.StartsWith("CAST(", StringComparison.OrdinalIgnoreCase) && text.EndsWith(')'))
            {
                var asIndex = text.LastIndexOf(" AS ", StringComparison.OrdinalIgnoreCase);
                if (asIndex < 0) return null;
                text = text[5..asIndex].Trim();
                continue;
            }
            var colons = text.IndexOf("::", StringComparison.Ordinal);
            if (colons > 0)
            {
                text = text[..colons].Trim();
                continue;
            }
            break;
        }
        return int.TryParse(text, System.Globalization.NumberStyles.AllowLeadingSign, System.Globalization.CultureInfo.InvariantCulture, out var value)
            ? value
            : null;
    }

    /// <summary>The value of a string-literal argument the translation depends on (a format, a part name), or null.</summary>
    internal static string? Constant(FunctionArgument argument) => argument.StringLiteral ?? argument.BareWord;
}
