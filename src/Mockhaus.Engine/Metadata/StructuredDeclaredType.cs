using System.Text;
using System.Text.RegularExpressions;
using Mockhaus.Engine.Types;

namespace Mockhaus.Engine.Metadata;

/// <summary>One part of a structured type: an OBJECT key and its type, or an ARRAY element / MAP key or value type (Name null).</summary>
public sealed record DeclaredField(string? Name, DeclaredType Type);

/// <summary>
/// Structured ARRAY(t), OBJECT(k t, ...), MAP(k, v) as declared types
/// (https://docs.snowflake.com/en/sql-reference/data-types-structured): read from DDL text or the metadata store,
/// printed with resolved element types as DESCRIBE shows them (ARRAY(NUMBER(38,0)), OBJECT(a NUMBER(38,0),
/// b VARCHAR(16777216)), MAP(VARCHAR(16777216), NUMBER(38,0))), and turned into rowtype `fields`.
/// </summary>
public static class StructuredDeclaredType
{
    private static readonly Regex StructuredStart = new(@"^\s*(ARRAY|OBJECT|MAP)\s*\(\s*[^\s\d)]", RegexOptions.IgnoreCase | RegexOptions.Compiled);

    /// <summary>Whether the text is a structured type (ARRAY(INT)), not a plain ARRAY or a sized type.</summary>
    public static bool IsStructuredText(string text) => StructuredStart.IsMatch(text);

    public static DeclaredType Parse(string text, string timestampTypeMapping = "TIMESTAMP_NTZ")
    {
        var reader = new TypeTextReader(text, timestampTypeMapping);
        var type = reader.ReadType();
        reader.ExpectEnd();
        return type;
    }

    public static string Text(DeclaredType type)
    {
        var fields = type.Fields!.Select(f => f.Name is null ? f.Type.ToString() : $"{QuoteKey(f.Name)} {f.Type}");
        return $"{type.Name}({string.Join(", ", fields)})";
    }

    /// <summary>The rowtype of a structured type: kind array/object/map with one `fields` entry per element, key or value.</summary>
    public static SnowflakeType ToSnowflakeType(DeclaredType type)
    {
        var kind = type.Name switch
        {
            "ARRAY" => SnowflakeTypeKind.Array,
            "MAP" => SnowflakeTypeKind.Map,
            _ => SnowflakeTypeKind.Object,
        };
        return SnowflakeType.Structured(kind, type.Fields!.Select(f => new SnowflakeField(f.Name, f.Type.ToSnowflakeType())).ToList());
    }

    private static string QuoteKey(string key) =>
        Regex.IsMatch(key, "^[A-Za-z_][A-Za-z0-9_$]*$") ? key : "\"" + key.Replace("\"", "\"\"") + "\"";

    /// <summary>A small reader over type text: words, "quoted keys", numbers, parentheses and commas.</summary>
    private sealed class TypeTextReader(string text, string timestampTypeMapping)
    {
        private int _position;

        public DeclaredType ReadType()
        {
            var name = ReadName();
            SkipSpaces();
            if (name is "ARRAY" or "OBJECT" or "MAP" && Peek() == '(' && IsStructuredText(text[_position..].Insert(0, name)))
                return ReadStructured(name);
            var arguments = new List<int>();
            if (Accept('('))
            {
                do
                {
                    SkipSpaces();
                    var start = _position;
                    while (_position < text.Length && char.IsDigit(text[_position])) _position++;
                    if (start == _position) throw Malformed();
                    arguments.Add(int.Parse(text[start.._position], System.Globalization.CultureInfo.InvariantCulture));
                } while (Accept(','));
                Expect(')');
            }
            return DeclaredType.Resolve(name, arguments, timestampTypeMapping);
        }

        private DeclaredType ReadStructured(string name)
        {
            Expect('(');
            var fields = new List<DeclaredField>();
            do
            {
                var key = name == "OBJECT" ? ReadKey() : null;
                fields.Add(new DeclaredField(key, ReadType()));
            } while (Accept(','));
            Expect(')');
            if (name == "ARRAY" && fields.Count != 1 || name == "MAP" && fields.Count != 2)
                throw Malformed();
            return new DeclaredType(name) { Fields = fields };
        }

        /// <summary>A type name of one or more words (DOUBLE PRECISION, TIMESTAMP WITH TIME ZONE), upper-cased.</summary>
        private string ReadName()
        {
            var words = new List<string>();
            while (true)
            {
                SkipSpaces();
                var start = _position;
                while (_position < text.Length && (char.IsLetterOrDigit(text[_position]) || text[_position] == '_')) _position++;
                if (start == _position) break;
                words.Add(text[start.._position].ToUpperInvariant());
            }
            if (words.Count == 0) throw Malformed();
            return string.Join(' ', words);
        }

        /// <summary>An OBJECT key: a word as written or a "quoted" key.</summary>
        private string ReadKey()
        {
            SkipSpaces();
            if (!Accept('"'))
            {
                var start = _position;
                while (_position < text.Length && (char.IsLetterOrDigit(text[_position]) || text[_position] is '_' or '$')) _position++;
                if (start == _position) throw Malformed();
                return text[start.._position];
            }
            var key = new StringBuilder();
            while (_position < text.Length)
            {
                var c = text[_position++];
                if (c != '"') { key.Append(c); continue; }
                if (Peek() != '"') return key.ToString();
                key.Append('"');
                _position++;
            }
            throw Malformed();
        }

        public void ExpectEnd()
        {
            SkipSpaces();
            if (_position != text.Length) throw Malformed();
        }

        private void SkipSpaces()
        {
            while (_position < text.Length && char.IsWhiteSpace(text[_position])) _position++;
        }

        private char Peek() => _position < text.Length ? text[_position] : '\0';

        private bool Accept(char c)
        {
            SkipSpaces();
            if (Peek() != c) return false;
            _position++;
            return true;
        }

        private void Expect(char c)
        {
            if (!Accept(c)) throw Malformed();
        }

        private FormatException Malformed() => new($"Malformed structured type '{text}'");
    }
}
