namespace Mockhaus.Sql.Tests.Functions;

// https://docs.snowflake.com/en/sql-reference/functions-regexp
public class RegexFunctionTests : FunctionTestBase
{
    [TestCase("REGEXP_LIKE", new[] { "'Sacramento'", "'San.*'" }, "false")]
    [TestCase("REGEXP_LIKE", new[] { "'San Jose'", "'San.*'" }, "true")]
    [TestCase("REGEXP_LIKE", new[] { "'abc'", "'b'" }, "false")] // the whole subject must match
    [TestCase("REGEXP_LIKE", new[] { "'SAN JOSE'", "'san.*'", "'i'" }, "true")]
    [TestCase("REGEXP_LIKE", new[] { "NULL", "'a'" }, "NULL")]
    [TestCase("RLIKE", new[] { "'800-456-7891'", "'[2-9]\\d{2}-\\d{3}-\\d{4}'" }, "true")]
    [TestCase("REGEXP_SUBSTR", new[] { "'It was the best of times'", "'the\\W+\\w+'" }, "the best")]
    [TestCase("REGEXP_SUBSTR", new[] { "'a1b22c333'", "'[0-9]+'", "1", "2" }, "22")]
    [TestCase("REGEXP_SUBSTR", new[] { "'a1b22c333'", "'[0-9]+'", "5" }, "2")] // the search starts at the 5th character
    [TestCase("REGEXP_SUBSTR", new[] { "'a1b22c333'", "'[0-9]+'", "1", "9" }, "NULL")]
    [TestCase("REGEXP_SUBSTR", new[] { "'key=val'", "'(\\w+)=(\\w+)'", "1", "1", "'e'", "2" }, "val")]
    [TestCase("REGEXP_SUBSTR", new[] { "'key=val'", "'(\\w+)=(\\w+)'", "1", "1", "'e'" }, "key")]
    [TestCase("REGEXP_SUBSTR", new[] { "'ABC'", "'b'", "1", "1", "'i'" }, "B")]
    [TestCase("REGEXP_SUBSTR", new[] { "NULL", "'b'" }, "NULL")]
    [TestCase("REGEXP_SUBSTR_ALL", new[] { "'a1_a2a3_a4A5a6'", "'a[[:digit:]]'" }, "[\"a1\",\"a2\",\"a3\",\"a4\",\"a6\"]")] // docs example
    [TestCase("REGEXP_COUNT", new[] { "'It was the best of times, it was the worst of times'", "'\\bwas\\b'" }, "2")]
    [TestCase("REGEXP_COUNT", new[] { "'aaa'", "'a'", "2" }, "2")]
    [TestCase("REGEXP_COUNT", new[] { "'AaA'", "'a'", "1", "'i'" }, "3")]
    [TestCase("REGEXP_COUNT", new[] { "NULL", "'a'" }, "NULL")]
    [TestCase("REGEXP_REPLACE", new[] { "'a1b2'", "'[0-9]'" }, "ab")]
    [TestCase("REGEXP_REPLACE", new[] { "'a1b2'", "'[0-9]'", "'#'" }, "a#b#")]
    [TestCase("REGEXP_REPLACE", new[] { "'a1b2c3'", "'[0-9]'", "'#'", "3" }, "a1b#c#")]
    [TestCase("REGEXP_REPLACE", new[] { "'a1b2c3'", "'[0-9]'", "'#'", "1", "1" }, "a#b2c3")]
    [TestCase("REGEXP_REPLACE", new[] { "'firstname middlename lastname'", "'(.*) (.*) (.*)'", "'\\3, \\1 \\2'" }, "lastname, firstname middlename")] // docs example
    [TestCase("REGEXP_REPLACE", new[] { "NULL", "'a'", "'b'" }, "NULL")]
    // Occurrence n replaces the n-th match only (https://docs.snowflake.com/en/sql-reference/functions/regexp_replace).
    [TestCase("REGEXP_REPLACE", new[] { "'aaa'", "'a'", "'b'", "1", "2" }, "aba")]
    [TestCase("REGEXP_REPLACE", new[] { "'a1b2c3'", "'[0-9]'", "'X'", "3", "2" }, "a1b2cX")]
    [TestCase("REGEXP_REPLACE", new[] { "'a1b2c3'", "'[0-9]'", "'X'", "1", "5" }, "a1b2c3")]
    [TestCase("REGEXP_REPLACE", new[] { "'aaa b aa x'", "'a+'", "'#'", "1", "2" }, "aaa b # x")]
    [TestCase("REGEXP_REPLACE", new[] { "'ABC abc'", "'b'", "'_'", "1", "2", "'i'" }, "ABC a_c")]
    [TestCase("REGEXP_INSTR", new[] { "'nevermore1, nevermore2, nevermore3.'", "'nevermore\\d'" }, "1")] // docs example
    [TestCase("REGEXP_INSTR", new[] { "'nevermore1, nevermore2, nevermore3.'", "'nevermore\\d'", "5" }, "13")]
    [TestCase("REGEXP_INSTR", new[] { "'nevermore1, nevermore2, nevermore3.'", "'nevermore\\d'", "1", "3" }, "25")]
    [TestCase("REGEXP_INSTR", new[] { "'nevermore1, nevermore2, nevermore3.'", "'nevermore\\d'", "1", "3", "1" }, "35")]
    [TestCase("REGEXP_INSTR", new[] { "'abc'", "'x'" }, "0")]
    [TestCase("REGEXP_INSTR", new[] { "NULL", "'x'" }, "NULL")]
    public void Evaluates(string function, string[] args, string expected) =>
        Assert.That(Eval(function, args), Is.EqualTo(expected));

    [Test]
    public void ReplacingTheSecondOccurrenceWithBackReferencesIsUnsupported() =>
        Assert.That(Fails("REGEXP_REPLACE", "'aaa'", "'(a)'", "'\\1b'", "1", "2").ErrorCode, Is.EqualTo("000002"));
}
