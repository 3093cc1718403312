using Apache.Arrow;
using Apache.Arrow.Types;

namespace Mockhaus.Server.Results;

/// <summary>Converts one column of DuckDB Arrow batches to the Arrow encoding Snowflake uses for its type.</summary>
public sealed class ColumnConverter
{
    private readonly Func<IArrowArray, IArrowArray> _convert;

    public ColumnConverter(IArrowType outputType, Func<IArrowArray, IArrowArray> convert, bool passThrough = false)
    {
        OutputType = outputType;
        _convert = convert;
        PassThrough = passThrough;
    }

    /// <summary>The Snowflake-side physical type (Int64, Decimal128, Utf8, Struct{epoch,fraction[,timezone]}, ...).</summary>
    public IArrowType OutputType { get; }

    /// <summary>True when the output shares the source's buffers (the source batch must outlive it).</summary>
    public bool PassThrough { get; }

    public IArrowArray Convert(IArrowArray source) => _convert(source);
}
