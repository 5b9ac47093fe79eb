using System.Buffers;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace LamTrack.Web.Api;

/// <summary>Reads a JSON request body within a size limit, answering 413 when it is larger and 400 with the position
/// when it is not well-formed; nothing is written from a body that fails here.</summary>
public static class JsonBody
{
    /// <summary>The largest body a patient or event endpoint takes: 1 MiB (the largest published case is 40 KiB).</summary>
    public const int DefaultLimitBytes = 1024 * 1024;

    /// <summary>The body as a JSON node, or the problem response that refuses it.</summary>
    public static async Task<(JsonNode? Node, IResult? Refusal)> ReadAsync(HttpRequest request, int limitBytes, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.ContentLength > limitBytes)
        {
            return (null, TooLarge(limitBytes));
        }

        byte[]? bytes = await ReadLimitedAsync(request.Body, limitBytes, cancellationToken);
        if (bytes is null)
        {
            return (null, TooLarge(limitBytes));
        }

        try
        {
            JsonNode? node = JsonNode.Parse(bytes, documentOptions: new JsonDocumentOptions { MaxDepth = 64 });
            return node is JsonObject ? (node, null) : (null, ApiProblems.Of(StatusCodes.Status400BadRequest, WebProblemCodes.WrongShape,
                "Not a JSON object", "The body must be one JSON object.", ""));
        }
        catch (JsonException ex)
        {
            string where = $"line {(ex.LineNumber ?? 0) + 1}, byte {(ex.BytePositionInLine ?? 0) + 1}";
            return (null, ApiProblems.Of(StatusCodes.Status400BadRequest, WebProblemCodes.MalformedJson, "Malformed JSON",
                $"The body is not well-formed JSON at {where} (path {ex.Path ?? "$"}).", ToPointer(ex.Path)));
        }
    }

    /// <summary>RFC 6901 pointer of a System.Text.Json path such as <c>$.events[2].date</c>.</summary>
    internal static string ToPointer(string? path)
    {
        if (string.IsNullOrEmpty(path) || path == "$")
        {
            return string.Empty;
        }

        string rest = path.StartsWith('$') ? path[1..] : path;
        return rest.Replace("['", "/", StringComparison.Ordinal).Replace("']", string.Empty, StringComparison.Ordinal)
            .Replace('.', '/').Replace("[", "/", StringComparison.Ordinal).Replace("]", string.Empty, StringComparison.Ordinal);
    }

    private static IResult TooLarge(int limitBytes) =>
        ApiProblems.Of(StatusCodes.Status413PayloadTooLarge, WebProblemCodes.BodyTooLarge, "Body too large",
            $"The body is larger than {limitBytes:N0} bytes.");

    private static async Task<byte[]?> ReadLimitedAsync(Stream body, int limitBytes, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        byte[] chunk = ArrayPool<byte>.Shared.Rent(16 * 1024);
        try
        {
            int read;
            while ((read = await body.ReadAsync(chunk, cancellationToken)) > 0)
            {
                if (buffer.Length + read > limitBytes)
                {
                    return null;
                }

                buffer.Write(chunk, 0, read);
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(chunk);
        }

        return buffer.ToArray();
    }
}
