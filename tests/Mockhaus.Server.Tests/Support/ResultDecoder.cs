using System.IO.Compression;
using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Apache.Arrow;
using Apache.Arrow.Ipc;

namespace Mockhaus.Server.Tests.Support;

/// <summary>Decodes result data the way the drivers do: JSON rowsets and chunks wrapped in [...], Arrow with ArrowStreamReader.</summary>
public static class ResultDecoder
{
    /// <summary>The inline JSON rowset as rows of nullable strings (every value must be a string or null).</summary>
    public static List<string?[]> JsonRows(JsonNode data) => ParseRows(data["rowset"]!.ToJsonString());

    /// <summary>A JSON chunk body: rows separated by commas without outer brackets, wrapped like the drivers do.</summary>
    public static List<string?[]> JsonChunkRows(string body) => ParseRows("[" + body + "]");

    private static List<string?[]> ParseRows(string json)
    {
        var rows = new List<string?[]>();
        foreach (var row in JsonNode.Parse(json)!.AsArray())
            rows.Add(row!.AsArray().Select(cell =>
            {
                if (cell is null) return null;
                Assert.That(cell.GetValueKind(), Is.EqualTo(System.Text.Json.JsonValueKind.String), "cells are JSON strings");
                return cell.GetValue<string>();
            }).ToArray());
        return rows;
    }

    public static List<RecordBatch> ArrowBatches(byte[] ipc)
    {
        var batches = new List<RecordBatch>();
        using var reader = new ArrowStreamReader(new MemoryStream(ipc));
        while (reader.ReadNextRecordBatch() is { } batch)
            batches.Add(batch);
        return batches;
    }

    public static List<RecordBatch> InlineArrow(JsonNode data)
    {
        var base64 = data["rowsetBase64"]?.GetValue<string>() ?? "";
        return base64.Length == 0 ? [] : ArrowBatches(Convert.FromBase64String(base64));
    }

    /// <summary>Downloads a chunk like the drivers: no Authorization, the chunkHeaders, gzip accepted.</summary>
    public static async Task<(byte[] Body, HttpResponseMessage Response)> DownloadChunkAsync(string url, bool acceptGzip = true)
    {
        using var http = new HttpClient(new HttpClientHandler { AutomaticDecompression = DecompressionMethods.None });
        var request = new HttpRequestMessage(HttpMethod.Get, url);
        if (acceptGzip)
            request.Headers.AcceptEncoding.ParseAdd("gzip, deflate");
        var response = await http.SendAsync(request);
        var raw = await response.Content.ReadAsByteArrayAsync();
        var body = response.Content.Headers.ContentEncoding.Contains("gzip") ? Gunzip(raw) : raw;
        return (body, response);
    }

    private static byte[] Gunzip(byte[] bytes)
    {
        using var input = new GZipStream(new MemoryStream(bytes), CompressionMode.Decompress);
        using var output = new MemoryStream();
        input.CopyTo(output);
        return output.ToArray();
    }

    public static string Utf8(byte[] bytes) => Encoding.UTF8.GetString(bytes);
}
