using Mockhaus.Engine.Metadata;
using Mockhaus.Engine.Types;

namespace Mockhaus.Engine.Tests.Metadata;

/// <summary>Synonyms resolve as https://docs.snowflake.com/en/sql-reference/intro-summary-data-types lists them.</summary>
public class DeclaredTypeTests
{
    [TestCase("INT", "NUMBER(38,0)")]
    [TestCase("integer", "NUMBER(38,0)")]
    [TestCase("BIGINT", "NUMBER(38,0)")]
    [TestCase("SMALLINT", "NUMBER(38,0)")]
    [TestCase("TINYINT", "NUMBER(38,0)")]
    [TestCase("BYTEINT", "NUMBER(38,0)")]
    [TestCase("NUMBER", "NUMBER(38,0)")]
    [TestCase("NUMBER(10,2)", "NUMBER(10,2)")]
    [TestCase("decimal(12, 3)", "NUMBER(12,3)")]
    [TestCase("NUMERIC(5)", "NUMBER(5,0)")]
    [TestCase("FLOAT", "FLOAT")]
    [TestCase("DOUBLE", "FLOAT")]
    [TestCase("DOUBLE PRECISION", "FLOAT")]
    [TestCase("REAL", "FLOAT")]
    [TestCase("FLOAT8", "FLOAT")]
    [TestCase("STRING", "VARCHAR(16777216)")]
    [TestCase("TEXT", "VARCHAR(16777216)")]
    [TestCase("VARCHAR", "VARCHAR(16777216)")]
    [TestCase("VARCHAR(100)", "VARCHAR(100)")]
    [TestCase("CHAR", "VARCHAR(1)")]
    [TestCase("CHAR(10)", "VARCHAR(10)")]
    [TestCase("BINARY", "BINARY(8388608)")]
    [TestCase("VARBINARY(16)", "BINARY(16)")]
    [TestCase("BOOLEAN", "BOOLEAN")]
    [TestCase("DATE", "DATE")]
    [TestCase("DATETIME", "TIMESTAMP_NTZ(9)")]
    [TestCase("TIMESTAMP", "TIMESTAMP_NTZ(9)")]
    [TestCase("TIMESTAMP_NTZ(3)", "TIMESTAMP_NTZ(3)")]
    [TestCase("TIMESTAMP_LTZ", "TIMESTAMP_LTZ(9)")]
    [TestCase("TIMESTAMP_TZ(6)", "TIMESTAMP_TZ(6)")]
    [TestCase("TIME", "TIME(9)")]
    [TestCase("TIME(0)", "TIME(0)")]
    [TestCase("VARIANT", "VARIANT")]
    [TestCase("OBJECT", "OBJECT")]
    [TestCase("ARRAY", "ARRAY")]
    public void Declared_types_resolve_synonyms(string written, string reported) =>
        Assert.That(DeclaredType.Parse(written).ToString(), Is.EqualTo(reported));

    [Test]
    public void Bare_timestamp_follows_timestamp_type_mapping()
    {
        // TIMESTAMP is an alias for the TIMESTAMP_* variant TIMESTAMP_TYPE_MAPPING names
        // (https://docs.snowflake.com/en/sql-reference/parameters#timestamp-type-mapping).
        Assert.That(DeclaredType.Parse("TIMESTAMP(3)", "TIMESTAMP_LTZ").ToString(), Is.EqualTo("TIMESTAMP_LTZ(3)"));
    }

    [Test]
    public void Declared_types_give_result_types()
    {
        Assert.That(DeclaredType.Parse("NUMBER(10,2)").ToSnowflakeType(), Is.EqualTo(SnowflakeType.Number(10, 2)));
        Assert.That(DeclaredType.Parse("VARCHAR(100)").ToSnowflakeType(), Is.EqualTo(SnowflakeType.Text(100)));
        Assert.That(DeclaredType.Parse("TIMESTAMP_NTZ(3)").ToSnowflakeType(), Is.EqualTo(SnowflakeType.TimestampNtz(3)));
        Assert.That(DeclaredType.Parse("DOUBLE").ToSnowflakeType(), Is.EqualTo(SnowflakeType.Float));
    }

    [Test]
    public void Show_columns_data_type_is_json()
    {
        // SHOW COLUMNS data_type holds a JSON description (https://docs.snowflake.com/en/sql-reference/sql/show-columns).
        Assert.That(DeclaredType.Parse("INT").ToShowColumnsJson(true),
            Is.EqualTo("{\"type\":\"FIXED\",\"precision\":38,\"scale\":0,\"nullable\":true}"));
        Assert.That(DeclaredType.Parse("VARCHAR(100)").ToShowColumnsJson(false),
            Is.EqualTo("{\"type\":\"TEXT\",\"length\":100,\"byteLength\":400,\"nullable\":false,\"fixed\":false}"));
    }

    [TestCase("INTEGER", "NUMBER(38,0)")]
    [TestCase("DECIMAL(18,4)", "NUMBER(18,4)")]
    [TestCase("DOUBLE", "FLOAT")]
    [TestCase("VARCHAR", "VARCHAR(16777216)")]
    [TestCase("TIMESTAMP", "TIMESTAMP_NTZ(9)")]
    [TestCase("DECIMAL(7,3)", "NUMBER(7,3)")]
    [TestCase("TIMESTAMP WITH TIME ZONE", "TIMESTAMP_LTZ(9)")]
    [TestCase("JSON", "VARIANT")]
    [TestCase("INTEGER[]", "ARRAY")]
    public void DuckDb_types_map_to_snowflake(string duckDb, string reported)
    {
        var precision = duckDb == "DECIMAL(18,4)" ? 18 : (int?)null;
        var scale = duckDb == "DECIMAL(18,4)" ? 4 : (int?)null;
        Assert.That(DeclaredType.FromDuckDb(duckDb, precision, scale).ToString(), Is.EqualTo(reported));
    }
}
