namespace Mockhaus.Cli;

/// <summary>`--name value` options, `--flag` switches and positional arguments of one command.</summary>
internal sealed class CommandOptions
{
    private static readonly HashSet<string> Switches = ["--explain"];
    private readonly Dictionary<string, string> _values = new(StringComparer.Ordinal);
    private readonly HashSet<string> _switches = new(StringComparer.Ordinal);

    public List<string> Positional { get; } = [];

    public static CommandOptions Parse(IEnumerable<string> args)
    {
        var options = new CommandOptions();
        using var e = args.GetEnumerator();
        while (e.MoveNext())
        {
            var arg = e.Current;
            if (Switches.Contains(arg))
                options._switches.Add(arg);
            else if (arg.StartsWith("--", StringComparison.Ordinal))
                options._values[arg] = e.MoveNext() ? e.Current : throw new ArgumentException($"option {arg} needs a value");
            else
                options.Positional.Add(arg);
        }
        return options;
    }

    public string? Get(string name) => _values.GetValueOrDefault(name);

    public int GetInt(string name, int fallback) =>
        Get(name) is { } text ? int.TryParse(text, out var value) ? value : throw new ArgumentException($"{name} must be a number") : fallback;

    public bool Has(string name) => _switches.Contains(name);

    public string SingleSql() =>
        Positional.Count == 1 ? Positional[0] : throw new ArgumentException("expected exactly one SQL argument");
}
