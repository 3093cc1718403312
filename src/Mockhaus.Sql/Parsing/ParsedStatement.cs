using Mockhaus.Sql.Syntax;

namespace Mockhaus.Sql.Parsing;

/// <summary>One statement of a script: its AST, its own source text and how many bind placeholders it holds.</summary>
public sealed record ParsedStatement(Statement Syntax, string SourceText, int BindCount);
