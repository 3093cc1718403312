using System.Collections;
using System.Reflection;
using System.Runtime.CompilerServices;
using System.Text;
using Mockhaus.Sql.Syntax;

namespace Mockhaus.Sql;

/// <summary>Renders an AST as an indented tree (node type, then one line per non-empty property) for --explain.</summary>
internal static class AstPrinter
{
    public static string Print(object node)
    {
        var builder = new StringBuilder();
        Write(builder, node, 0);
        return builder.ToString();
    }

    private static void Write(StringBuilder builder, object? value, int indent)
    {
        System.Runtime.CompilerServices.RuntimeHelpers.EnsureSufficientExecutionStack();
        switch (value)
        {
            case null:
                builder.AppendLine("null");
                return;
            case string text:
                builder.AppendLine("'" + text + "'");
                return;
            case Identifier or QualifiedName or DataType:
                builder.AppendLine(value.ToString());
                return;
            case ITuple tuple:
                builder.AppendLine(string.Join(" -> ", Enumerable.Range(0, tuple.Length).Select(i => tuple[i]?.ToString())));
                return;
            case IEnumerable list:
                builder.AppendLine();
                foreach (var item in list)
                {
                    builder.Append(' ', indent * 2).Append("- ");
                    Write(builder, item, indent + 1);
                }
                return;
        }
        var type = value.GetType();
        if (type.IsPrimitive || type.IsEnum)
        {
            builder.AppendLine(Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture));
            return;
        }
        builder.AppendLine(type.Name);
        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            if (property.GetIndexParameters().Length > 0 || property.Name == "EqualityContract") continue;
            var propertyValue = property.GetValue(value);
            if (IsEmpty(propertyValue)) continue;
            builder.Append(' ', indent * 2 + 2).Append(property.Name).Append(": ");
            Write(builder, propertyValue, indent + 2);
        }
    }

    private static bool IsEmpty(object? value) => value switch
    {
        null => true,
        false => true,
        string => false,
        ICollection collection => collection.Count == 0,
        _ => false,
    };
}
