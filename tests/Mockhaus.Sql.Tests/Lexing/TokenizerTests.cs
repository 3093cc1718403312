using Mockhaus.Sql.Errors;
using Mockhaus.Sql.Lexing;

namespace Mockhaus.Sql.Tests.Lexing;

public class TokenizerTests
{
    private static Token Single(string text)
    {
        var tokens = Tokenizer.Tokenize(text);
        Assert.That(tokens, Has.Count.EqualTo(2), "one token plus end of input");
        return tokens[0];
    }

    // https://docs.snowflake.com/en/sql-reference/data-types-text#string-constants
    [TestCase("'abc'", "abc")]
    [TestCase("'it''s'", "it's")]
    [TestCase(@"'a\nb'", "a\nb")]
    [TestCase(@"'tab\there'", "tab\there")]
    [TestCase(@"'back\\slash'", @"back\slash")]
    [TestCase(@"'quote\'s'", "quote's")]
    [TestCase("''", "")]
    [TestCase("$$a;b'c$$", "a;b'c")]
    [TestCase("$$$$", "")]
    public void StringLiterals(string text, string value)
    {
        var token = Single(text);
        Assert.That(token.Kind, Is.EqualTo(TokenKind.String));
        Assert.That(token.Value, Is.EqualTo(value));
    }

    [TestCase("1")]
    [TestCase("1.5")]
    [TestCase(".5")]
    [TestCase("1e3")]
    [TestCase("1.5E-7")]
    [TestCase("123456789012345678901234567890")]
    public void Numbers(string text)
    {
        var token = Single(text);
        Assert.That(token.Kind, Is.EqualTo(TokenKind.Number));
        Assert.That(token.Text, Is.EqualTo(text));
    }

    [TestCase("\"My Col\"", "My Col")]
    [TestCase("\"a\"\"b\"", "a\"b")]
    [TestCase("\"lower\"", "lower")]
    public void QuotedIdentifiers(string text, string value)
    {
        var token = Single(text);
        Assert.That(token.Kind, Is.EqualTo(TokenKind.QuotedIdentifier));
        Assert.That(token.Value, Is.EqualTo(value));
    }

    [TestCase("$1", TokenKind.PositionalColumn, "1")]
    [TestCase("$my_var", TokenKind.Variable, "my_var")]
    [TestCase("?", TokenKind.Bind, "")]
    [TestCase(":1", TokenKind.Bind, "1")]
    [TestCase(":name", TokenKind.Bind, "name")]
    [TestCase("::", TokenKind.Symbol, "::")]
    [TestCase("=>", TokenKind.Symbol, "=>")]
    [TestCase("||", TokenKind.Symbol, "||")]
    [TestCase("<>", TokenKind.Symbol, "<>")]
    [TestCase("!=", TokenKind.Symbol, "!=")]
    public void SpecialTokens(string text, TokenKind kind, string value)
    {
        var token = Single(text);
        Assert.That(token.Kind, Is.EqualTo(kind));
        Assert.That(token.Value, Is.EqualTo(value));
    }

    [TestCase("SELECT -- comment ; here\n1", 2)]
    [TestCase("SELECT // comment\n1", 2)]
    [TestCase("SELECT /* multi\nline ; */ 1", 2)]
    [TestCase("  \t\n SELECT\n\n1  ", 2)]
    public void CommentsAndWhitespaceAreSkipped(string text, int count) =>
        Assert.That(Tokenizer.Tokenize(text).Count - 1, Is.EqualTo(count));

    [Test]
    public void ColonAfterAnOperandIsPathAccessNotABind()
    {
        var tokens = Tokenizer.Tokenize("v:field");
        Assert.That(tokens.Select(t => t.Kind), Is.EqualTo(new[] { TokenKind.Word, TokenKind.Symbol, TokenKind.Word, TokenKind.EndOfInput }));
    }

    [Test]
    public void PositionsAreOneBasedLinesAndZeroBasedColumns()
    {
        var tokens = Tokenizer.Tokenize("SELECT a,\n  b");
        var b = tokens[3];
        Assert.That((b.Text, b.Line, b.Column), Is.EqualTo(("b", 2, 2)));
    }

    [Test]
    public void FileCommandOperandsAreRawChunks()
    {
        var tokens = Tokenizer.Tokenize("PUT file:///tmp/data.csv @~/staged AUTO_COMPRESS=FALSE");
        Assert.That(tokens.Skip(1).Take(3).Select(t => t.Text), Is.EqualTo(new[] { "file:///tmp/data.csv", "@~/staged", "AUTO_COMPRESS=FALSE" }));
    }

    [TestCase("'unterminated")]
    [TestCase("\"unterminated")]
    [TestCase("/* unterminated")]
    [TestCase("$$ unterminated")]
    [TestCase("SELECT #")]
    public void MalformedInputIsASyntaxError(string text)
    {
        var error = Assert.Throws<SnowflakeSqlException>(() => Tokenizer.Tokenize(text))!;
        Assert.That(error.ErrorCode, Is.EqualTo("001003"));
    }
}
