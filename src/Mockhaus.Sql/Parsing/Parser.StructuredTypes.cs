using Mockhaus.Sql.Errors;
using Mockhaus.Sql.Syntax;

namespace Mockhaus.Sql.Parsing;

// Structured types (https://docs.snowflake.com/en/sql-reference/data-types-structured):
//   ARRAY( <element_type> [ NOT NULL ] )
//   OBJECT( <key> <value_type> [ NOT NULL ] [ COLLATE ... ] [ COMMENT ... ] [, ...] )
//   MAP( <key_type>, <value_type> [ NOT NULL ] )
// Element types may be structured themselves. NOT NULL on an element/field is not enforced by the emulator, so it
// fails by name rather than being accepted silently.
public sealed partial class Parser
{
    /// <summary>Parses the parenthesised part of ARRAY(...), OBJECT(...) or MAP(...); the type name is consumed.</summary>
    private DataType ParseStructuredType(string name)
    {
        ExpectSymbol("(");
        var fields = name switch
        {
            "ARRAY" => [new StructuredField(null, ParseStructuredElementType())],
            "MAP" => ParseMapFields(),
            _ => ParseObjectFields(),
        };
        ExpectSymbol(")");
        return new DataType(name, Array.Empty<int>()) { Fields = fields };
    }

    private List<StructuredField> ParseMapFields()
    {
        var key = ParseStructuredElementType();
        ExpectSymbol(",");
        return [new StructuredField(null, key), new StructuredField(null, ParseStructuredElementType())];
    }

    private List<StructuredField> ParseObjectFields()
    {
        var fields = new List<StructuredField>();
        do
        {
            // Keys keep the case they are written in: {'city': ...}::OBJECT(city VARCHAR) has the key "city".
            var key = ParseIdentifier().Value;
            if (fields.Any(f => f.Name == key))
                throw SnowflakeErrors.Unsupported($"duplicate key '{key}' in structured type OBJECT(...)");
            fields.Add(new StructuredField(key, ParseStructuredElementType()));
        } while (AcceptSymbol(","));
        return fields;
    }

    private DataType ParseStructuredElementType()
    {
        var type = ParseDataType();
        if (IsWord("NOT") && IsWordAt(1, "NULL"))
            throw SnowflakeErrors.Unsupported("NOT NULL elements in structured types");
        if (IsWord("COLLATE") || IsWord("COMMENT"))
            throw SnowflakeErrors.Unsupported(Current.Text.ToUpperInvariant() + " in structured types");
        return type;
    }
}
