namespace Mockhaus.Engine.Errors;

/// <summary>
/// An error DuckDB reported through its C API (a prepared statement's execution or result stream), where DuckDB.NET
/// raises no exception of its own. Carries DuckDB's message unchanged ("Conversion Error: ...") for
/// <see cref="DuckDbErrorMapper"/>.
/// </summary>
internal sealed class DuckDbNativeError(string message) : Exception(message);
