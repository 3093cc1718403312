using Mockhaus.Sql.Errors;

namespace Mockhaus.Sql.Functions;

// Hash and encoding functions:
// https://docs.snowflake.com/en/sql-reference/functions-hash-scalar, .../functions-string (encode/decode).
public static partial class FunctionLibrary
{
    private static void RegisterHash()
    {
        // HASH is a signed 64-bit value. Snowflake's exact hash values cannot be reproduced; Mockhaus returns DuckDB's
        // hash() reinterpreted as a signed BIGINT (stable per input, NULL-safe, but different numbers from Snowflake).
        Macro("sf_signed64(h) AS CAST(CASE WHEN h >= 9223372036854775808 THEN CAST(h AS HUGEINT) - 18446744073709551616 ELSE h END AS BIGINT)");
        Macro("sf_bytes(x VARCHAR) AS encode(x), (x BLOB) AS x, (x) AS encode(CAST(x AS VARCHAR))");
        // Digests accept text or binary; other values hash their text form, as Snowflake converts them to VARCHAR.
        Macro("sf_digest_input(x VARCHAR) AS x, (x BLOB) AS x, (x) AS CAST(x AS VARCHAR)");
        // HASH(*) hashes every column of the row: DuckDB's unpacked *COLUMNS(*) passes them as separate arguments.
        Scalar("HASH", 1, int.MaxValue, c => $"sf_signed64(hash({HashArguments(c)}))");

        Simple("MD5", 1, 1, a => $"md5(sf_digest_input({a[0]}))");
        Alias("MD5_HEX", "MD5");
        Simple("MD5_BINARY", 1, 1, a => $"unhex(md5(sf_digest_input({a[0]})))");
        Simple("MD5_NUMBER_LOWER64", 1, 1, a => $"CAST(('0x' || substring(md5(sf_digest_input({a[0]})), 17, 16)) AS UBIGINT)");
        Simple("MD5_NUMBER_UPPER64", 1, 1, a => $"CAST(('0x' || substring(md5(sf_digest_input({a[0]})), 1, 16)) AS UBIGINT)");
        Simple("SHA1", 1, 1, a => $"sha1(sf_digest_input({a[0]}))");
        Alias("SHA1_HEX", "SHA1");
        Simple("SHA1_BINARY", 1, 1, a => $"unhex(sha1(sf_digest_input({a[0]})))");
        Scalar("SHA2", 1, 2, c => Sha2(c));
        Alias("SHA2_HEX", "SHA2");
        Scalar("SHA2_BINARY", 1, 2, c => $"unhex({Sha2(c)})");

        Scalar("BASE64_ENCODE", 1, 3, c => c.Arguments.Count > 1
            ? throw SnowflakeErrors.Unsupported("BASE64_ENCODE with line length or alphabet")
            : $"to_base64(sf_bytes({c.Arguments[0].Sql}))");
        Scalar("BASE64_DECODE_STRING", 1, 2, c => $"decode(from_base64({NoAlphabet(c)}))");
        Scalar("BASE64_DECODE_BINARY", 1, 2, c => $"from_base64({NoAlphabet(c)})");
        Scalar("TRY_BASE64_DECODE_STRING", 1, 2, c => $"try(decode(from_base64({NoAlphabet(c)})))");
        Scalar("TRY_BASE64_DECODE_BINARY", 1, 2, c => $"try(from_base64({NoAlphabet(c)}))");
        // HEX_ENCODE(x [, case]): case 1 (default) is upper-case, 0 lower-case.
        Simple("HEX_ENCODE", 1, 2, a => a.Length == 1
            ? $"upper(hex(sf_bytes({a[0]})))"
            : $"CASE WHEN {P(a[1])} = 0 THEN lower(hex(sf_bytes({a[0]}))) ELSE upper(hex(sf_bytes({a[0]}))) END");
        Simple("HEX_DECODE_STRING", 1, 1, a => $"decode(unhex(CAST({a[0]} AS VARCHAR)))");
        Simple("HEX_DECODE_BINARY", 1, 1, a => $"unhex({a[0]})");
        Simple("TRY_HEX_DECODE_STRING", 1, 1, a => $"try(decode(unhex(CAST({a[0]} AS VARCHAR))))");
        Simple("TRY_HEX_DECODE_BINARY", 1, 1, a => $"try(unhex({a[0]}))");
    }

    internal static string HashArguments(FunctionCall call) => call.Star ? "*COLUMNS(*)" : string.Join(", ", Args(call));

    private static string Sha2(FunctionCall call)
    {
        var bits = call.Arguments.Count > 1 ? ConstantInt(call.Arguments[1]) : 256;
        return bits == 256
            ? $"sha256(sf_digest_input({call.Arguments[0].Sql}))"
            : throw SnowflakeErrors.Unsupported($"{call.Name} with digest size {bits?.ToString() ?? "non-constant"}");
    }

    private static string NoAlphabet(FunctionCall call) => call.Arguments.Count > 1
        ? throw SnowflakeErrors.Unsupported($"{call.Name} with a custom alphabet")
        : call.Arguments[0].Sql;
}
