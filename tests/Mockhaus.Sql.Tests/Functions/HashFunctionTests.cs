namespace Mockhaus.Sql.Tests.Functions;

// https://docs.snowflake.com/en/sql-reference/functions-hash-scalar
public class HashFunctionTests : FunctionTestBase
{
    [TestCase("MD5", new[] { "'Snowflake'" }, "edf1439075a83a447fb8b630ddc9c8de")] // docs example
    [TestCase("MD5_HEX", new[] { "'Snowflake'" }, "edf1439075a83a447fb8b630ddc9c8de")]
    [TestCase("MD5", new[] { "NULL" }, "NULL")]
    [TestCase("MD5_NUMBER_LOWER64", new[] { "'Snowflake'" }, "9203306159527282910")] // docs example
    [TestCase("MD5_NUMBER_UPPER64", new[] { "'Snowflake'" }, "17145559544104499780")] // docs example
    [TestCase("SHA1", new[] { "'Snowflake'" }, "fda76b0bcc1e87cf259b1d1e3271d76f590fb5dd")]
    [TestCase("SHA2", new[] { "'Snowflake'" }, "1dbd59f661d68b90724f21084396b865497173e4d2714f4d91cf05fa5fc5e18d")]
    [TestCase("SHA2", new[] { "'Snowflake'", "256" }, "1dbd59f661d68b90724f21084396b865497173e4d2714f4d91cf05fa5fc5e18d")]
    [TestCase("SHA2", new[] { "NULL" }, "NULL")]
    [TestCase("BASE64_ENCODE", new[] { "'Snowflake'" }, "U25vd2ZsYWtl")] // docs example
    [TestCase("BASE64_ENCODE", new[] { "NULL::VARCHAR" }, "NULL")]
    [TestCase("BASE64_DECODE_STRING", new[] { "'U25vd2ZsYWtl'" }, "Snowflake")]
    [TestCase("TRY_BASE64_DECODE_STRING", new[] { "'U25vd2ZsYWtl'" }, "Snowflake")]
    [TestCase("HEX_ENCODE", new[] { "'Snowflake'" }, "536E6F77666C616B65")] // docs example
    [TestCase("HEX_ENCODE", new[] { "'Snowflake'", "0" }, "536e6f77666c616b65")]
    [TestCase("HEX_DECODE_STRING", new[] { "'536E6F77666C616B65'" }, "Snowflake")]
    [TestCase("TRY_HEX_DECODE_STRING", new[] { "'536E6F77666C616B65'" }, "Snowflake")]
    [TestCase("HEX_DECODE_STRING", new[] { "NULL" }, "NULL")]
    public void Evaluates(string function, string[] args, string expected) =>
        Assert.That(Eval(function, args), Is.EqualTo(expected));

    [Test]
    public void Md5BinaryIsSixteenBytes() =>
        Assert.That(Eval("OCTET_LENGTH", "unhex(md5('Snowflake'))"), Is.EqualTo("16"));

    [Test]
    public void HashIsADeterministicSignedBigint()
    {
        Assert.That(TypeOf("HASH", "'a'", "1"), Is.EqualTo("BIGINT"));
        Assert.That(Eval("HASH", "'a'", "1"), Is.EqualTo(Eval("HASH", "'a'", "1")));
        Assert.That(Eval("HASH", "'a'"), Is.Not.EqualTo(Eval("HASH", "'b'")));
        Assert.That(Eval("HASH", "NULL"), Is.Not.EqualTo("NULL")); // HASH(NULL) is a value, not NULL
    }

    [Test]
    public void Sha2With512BitsIsUnsupported() =>
        Assert.That(Fails("SHA2", "'x'", "512").ErrorCode, Is.EqualTo("000002"));
}
