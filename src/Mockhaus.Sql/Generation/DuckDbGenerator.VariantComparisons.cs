using Mockhaus.Sql.Syntax;

namespace Mockhaus.Sql.Generation;

// Comparing a VARIANT path with a string: Snowflake compares the VARIANT string with the text, so
// WHERE f.value:type = 'email', v:kind IN ('a', 'b') and v:name LIKE 'a%' match the string values
// (https://docs.snowflake.com/en/user-guide/querying-semistructured). DuckDB would compare JSON text with its quotes, or
// try to read 'email' as a number, so such a path is compared as its text (json_extract_string: no quotes).
// Comparisons with numbers need nothing: DuckDB compares JSON numbers numerically.
public sealed partial class DuckDbGenerator
{
    private static bool IsComparison(string op) => op is "=" or "!=" or "<>" or "<" or ">" or "<=" or ">=";

    /// <summary>
    /// The text around a comparison's (separately generated) left operand when one side is a path and the other a string
    /// literal, or null when the comparison needs no VARIANT rule.
    /// </summary>
    private (string, string)? VariantTextComparison(BinaryExpression binary)
    {
        if (!IsComparison(binary.Operator)) return null;
        if (binary.Left is PathAccess && binary.Right is StringLiteral)
        {
            Note("VARIANT path compared with a string -> its text");
            return ("(json_extract_string(", $", '$') {binary.Operator} {Expression(binary.Right)})");
        }
        if (binary.Left is StringLiteral && binary.Right is PathAccess path)
        {
            Note("VARIANT path compared with a string -> its text");
            return ("(", $" {binary.Operator} {VariantPathText(path)})");
        }
        return null;
    }

    private string VariantPathText(PathAccess path) => $"json_extract_string({PathOperand(path)}, {QuoteString(JsonPath(path))})";

    /// <summary>A LIKE or IN operand: a path is matched by its text, anything else as it is.</summary>
    private string MatchOperand(Expression operand, bool againstStrings) =>
        againstStrings && operand is PathAccess path ? VariantPathText(path) : Expression(operand);
}
