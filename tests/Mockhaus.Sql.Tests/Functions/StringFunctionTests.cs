namespace Mockhaus.Sql.Tests.Functions;

// https://docs.snowflake.com/en/sql-reference/functions-string
public class StringFunctionTests : FunctionTestBase
{
    [TestCase("CONCAT", new[] { "'a'", "'b'", "'c'" }, "abc")]
    [TestCase("CONCAT", new[] { "'a'", "NULL" }, "NULL")]
    [TestCase("CONCAT_WS", new[] { "','", "'a'", "'b'" }, "a,b")]
    [TestCase("CONCAT_WS", new[] { "','", "'a'", "NULL" }, "NULL")] // https://docs.snowflake.com/en/sql-reference/functions/concat_ws
    [TestCase("CONCAT_WS", new[] { "NULL", "'a'", "'b'" }, "NULL")]
    [TestCase("SUBSTR", new[] { "'Hello'", "2", "3" }, "ell")]
    [TestCase("SUBSTR", new[] { "'Hello'", "2" }, "ello")]
    [TestCase("SUBSTR", new[] { "'Hello'", "-3", "2" }, "ll")]
    [TestCase("SUBSTR", new[] { "'Hello'", "0", "2" }, "He")]
    [TestCase("SUBSTRING", new[] { "'Hello'", "2", "-1" }, "")]
    [TestCase("SUBSTR", new[] { "NULL", "1", "2" }, "NULL")]
    [TestCase("LEFT", new[] { "'Hello'", "2" }, "He")]
    [TestCase("LEFT", new[] { "'Hello'", "-1" }, "")]
    [TestCase("RIGHT", new[] { "'Hello'", "3" }, "llo")]
    [TestCase("RIGHT", new[] { "NULL", "3" }, "NULL")]
    [TestCase("LENGTH", new[] { "'héllo'" }, "5")]
    [TestCase("LEN", new[] { "''" }, "0")]
    [TestCase("LENGTH", new[] { "NULL::VARCHAR" }, "NULL")]
    [TestCase("LENGTH", new[] { "'\\xAA\\xBB'::BLOB" }, "2")]
    [TestCase("OCTET_LENGTH", new[] { "'héllo'" }, "6")]
    [TestCase("BIT_LENGTH", new[] { "'abc'" }, "24")]
    [TestCase("RTRIMMED_LENGTH", new[] { "' ab  '" }, "3")]
    [TestCase("UPPER", new[] { "'abc'" }, "ABC")]
    [TestCase("LOWER", new[] { "'ABC'" }, "abc")]
    [TestCase("INITCAP", new[] { "'hello wORLD-foo'" }, "Hello World-Foo")]
    [TestCase("INITCAP", new[] { "'iqamqinterestedqinqthisqtopic'", "'q'" }, "IqAmqInterestedqInqThisqTopic")] // docs example
    [TestCase("INITCAP", new[] { "'lion, tiger'", "''" }, "Lion, tiger")]
    [TestCase("INITCAP", new[] { "NULL" }, "NULL")]
    [TestCase("TRIM", new[] { "'  a b  '" }, "a b")]
    [TestCase("TRIM", new[] { "'xxaxx'", "'x'" }, "a")]
    [TestCase("LTRIM", new[] { "'#$%abc'", "'#$%'" }, "abc")]
    [TestCase("RTRIM", new[] { "'abc  '" }, "abc")]
    [TestCase("TRIM", new[] { "NULL" }, "NULL")]
    [TestCase("LPAD", new[] { "'42'", "5", "'0'" }, "00042")]
    [TestCase("LPAD", new[] { "'hello'", "3" }, "hel")]
    [TestCase("LPAD", new[] { "'ab'", "4" }, "  ab")]
    [TestCase("RPAD", new[] { "'ab'", "5", "'xy'" }, "abxyx")]
    [TestCase("RPAD", new[] { "NULL", "5", "'x'" }, "NULL")]
    [TestCase("SPLIT", new[] { "'a,b,,c'", "','" }, "[\"a\",\"b\",\"\",\"c\"]")]
    [TestCase("SPLIT", new[] { "'abc'", "''" }, "[\"abc\"]")]
    [TestCase("SPLIT", new[] { "NULL", "','" }, "NULL")]
    // https://docs.snowflake.com/en/sql-reference/functions/split_part
    [TestCase("SPLIT_PART", new[] { "'11.22.33'", "'.'", "0" }, "11")]
    [TestCase("SPLIT_PART", new[] { "'11.22.33'", "'.'", "1" }, "11")]
    [TestCase("SPLIT_PART", new[] { "'11.22.33'", "'.'", "2" }, "22")]
    [TestCase("SPLIT_PART", new[] { "'11.22.33'", "'.'", "-1" }, "33")]
    [TestCase("SPLIT_PART", new[] { "'11.22.33'", "'.'", "4" }, "")]
    [TestCase("SPLIT_PART", new[] { "'aaa--bbb-BBB--ccc'", "'--'", "2" }, "bbb-BBB")]
    [TestCase("SPLIT_PART", new[] { "NULL", "'.'", "1" }, "NULL")]
    // https://docs.snowflake.com/en/sql-reference/functions/strtok
    [TestCase("STRTOK", new[] { "'a.b c'" }, "a.b")]
    [TestCase("STRTOK", new[] { "'a.b c'", "'. '", "2" }, "b")]
    [TestCase("STRTOK", new[] { "'user@snowflake.com'", "'@.'", "3" }, "com")]
    [TestCase("STRTOK", new[] { "'a..b'", "'.'", "2" }, "b")]
    [TestCase("STRTOK", new[] { "'a.b'", "'.'", "5" }, "NULL")]
    [TestCase("STRTOK", new[] { "NULL", "'.'", "1" }, "NULL")]
    [TestCase("STRTOK_TO_ARRAY", new[] { "'a.b c'", "'. '" }, "[\"a\",\"b\",\"c\"]")]
    [TestCase("CHARINDEX", new[] { "'an'", "'banana'" }, "2")]
    [TestCase("CHARINDEX", new[] { "'an'", "'banana'", "3" }, "4")]
    [TestCase("CHARINDEX", new[] { "'x'", "'banana'" }, "0")]
    [TestCase("CHARINDEX", new[] { "NULL", "'banana'" }, "NULL")]
    [TestCase("POSITION", new[] { "'na'", "'banana'", "4" }, "5")]
    [TestCase("CONTAINS", new[] { "'banana'", "'nan'" }, "true")]
    [TestCase("CONTAINS", new[] { "'banana'", "'x'" }, "false")]
    [TestCase("CONTAINS", new[] { "NULL", "'x'" }, "NULL")]
    [TestCase("STARTSWITH", new[] { "'banana'", "'ba'" }, "true")]
    [TestCase("ENDSWITH", new[] { "'banana'", "'ba'" }, "false")]
    [TestCase("REPLACE", new[] { "'down'", "'down'", "'up'" }, "up")]
    [TestCase("REPLACE", new[] { "'abcabc'", "'b'" }, "acac")]
    [TestCase("REPLACE", new[] { "'abc'", "''", "'x'" }, "abc")]
    [TestCase("REPLACE", new[] { "NULL", "'a'", "'b'" }, "NULL")]
    [TestCase("TRANSLATE", new[] { "'AB c'", "'AB'", "'ab'" }, "ab c")]
    [TestCase("TRANSLATE", new[] { "'abcde'", "'bd'", "'x'" }, "axce")] // characters without a counterpart are removed
    [TestCase("REVERSE", new[] { "'abc'" }, "cba")]
    [TestCase("REPEAT", new[] { "'ab'", "3" }, "ababab")]
    [TestCase("REPEAT", new[] { "'ab'", "0" }, "")]
    [TestCase("ASCII", new[] { "'A'" }, "65")]
    [TestCase("ASCII", new[] { "''" }, "0")]
    [TestCase("ASCII", new[] { "NULL" }, "NULL")]
    [TestCase("UNICODE", new[] { "'€'" }, "8364")]
    [TestCase("CHR", new[] { "65" }, "A")]
    [TestCase("CHAR", new[] { "8364" }, "€")]
    [TestCase("INSERT", new[] { "'abc'", "2", "1", "'XYZ'" }, "aXYZc")]
    [TestCase("SPACE", new[] { "3" }, "   ")]
    [TestCase("EDITDISTANCE", new[] { "'kitten'", "'sitting'" }, "3")]
    [TestCase("EDITDISTANCE", new[] { "'kitten'", "'sitting'", "2" }, "2")]
    [TestCase("EDITDISTANCE", new[] { "''", "'abc'" }, "3")]
    [TestCase("EDITDISTANCE", new[] { "NULL", "'abc'" }, "NULL")]
    [TestCase("JAROWINKLER_SIMILARITY", new[] { "'Dwayne'", "'Duane'" }, "84")] // docs example
    public void Evaluates(string function, string[] args, string expected) =>
        Assert.That(Eval(function, args), Is.EqualTo(expected));

    [Test]
    public void UuidStringIsAVersion4Uuid() =>
        Assert.That(Eval("UUID_STRING"), Does.Match("^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$"));

    [Test]
    public void NamedUuidIsVersion5() =>
        // Docs example: https://docs.snowflake.com/en/sql-reference/functions/uuid_string
        Assert.That(Eval("UUID_STRING", "'fe971b24-9572-4005-b22f-351e9c09274d'", "'foo'"), Is.EqualTo("dc0b6f65-fca6-5b4b-9d37-ccc3fde1f3e2"));

    [TestCase("'Robert'", "R163")]
    [TestCase("'Rupert'", "R163")]
    [TestCase("'Ashcraft'", "A261")] // H between codes does not separate them
    [TestCase("'Tymczak'", "T522")]
    [TestCase("'Pfister'", "P236")] // the first letter's code merges with the next
    [TestCase("'Lee'", "L000")]
    [TestCase("'marsha'", "M620")]
    [TestCase("NULL", "NULL")]
    public void Soundex(string input, string expected) => Assert.That(Eval("SOUNDEX", input), Is.EqualTo(expected));

    [Test]
    public void CollateIsUnsupportedByName() =>
        Assert.That(Fails("COLLATE", "'x'", "'en-ci'").Message, Does.Contain("COLLATE"));
}
