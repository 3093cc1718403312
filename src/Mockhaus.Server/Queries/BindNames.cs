using Mockhaus.Sql.Lexing;

namespace Mockhaus.Server.Queries;

/// <summary>The :name placeholders of a statement, in order of first appearance, spelled as written.</summary>
public static class BindNames
{
    public static IReadOnlyList<string> Of(string sourceText)
    {
        var names = new List<string>();
        foreach (var token in Tokenizer.Tokenize(sourceText))
        {
            if (token.Kind == TokenKind.Bind && token.Value.Length > 0 && !char.IsAsciiDigit(token.Value[0]) && !names.Contains(token.Value))
                names.Add(token.Value);
        }
        return names;
    }
}
