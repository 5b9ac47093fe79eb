using System.IO.Compression;

namespace LamTrack.Web.Api;

/// <summary>Reads an upload into a temporary file within a size limit, decompressing gzip (a <c>Content-Encoding: gzip</c>
/// body) within a second limit, so that a large import is streamed from disk and never held in memory.</summary>
/// <remarks>Over either limit the answer is 413 and nothing is imported; the temporary file is deleted when closed.</remarks>
public static class UploadBody
{
    /// <summary>The upload as a readable stream at its start, or the problem response that refuses it.</summary>
    /// <param name="request">The request.</param>
    /// <param name="limitBytes">The largest body accepted, as sent (compressed or not).</param>
    /// <param name="decompressedLimitBytes">The largest body accepted after decompression.</param>
    /// <param name="cancellationToken">Stops the read.</param>
    public static async Task<(Stream? Body, IResult? Refusal)> ReadAsync(HttpRequest request, long limitBytes, long decompressedLimitBytes, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.ContentLength > limitBytes)
        {
            return (null, TooLarge(limitBytes));
        }

        Stream raw = TemporaryFile();
        if (!await CopyLimitedAsync(request.Body, raw, limitBytes, cancellationToken))
        {
            await raw.DisposeAsync();
            return (null, TooLarge(limitBytes));
        }

        raw.Position = 0;
        return IsGzip(request) ? await DecompressAsync(raw, decompressedLimitBytes, cancellationToken) : (raw, null);
    }

    /// <summary>Whether the body is gzip: <c>Content-Encoding: gzip</c>, or a <c>gzip</c> media-type suffix.</summary>
    public static bool IsGzip(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return request.Headers.ContentEncoding.Any(e => string.Equals(e, "gzip", StringComparison.OrdinalIgnoreCase))
            || (request.ContentType ?? string.Empty).Contains("gzip", StringComparison.OrdinalIgnoreCase);
    }

    private static async Task<(Stream? Body, IResult? Refusal)> DecompressAsync(Stream raw, long limitBytes, CancellationToken cancellationToken)
    {
        Stream plain = TemporaryFile();
        try
        {
            await using (raw)
            await using (var gzip = new GZipStream(raw, CompressionMode.Decompress))
            {
                if (!await CopyLimitedAsync(gzip, plain, limitBytes, cancellationToken))
                {
                    await plain.DisposeAsync();
                    return (null, TooLarge(limitBytes));
                }
            }
        }
        catch (InvalidDataException ex)
        {
            await plain.DisposeAsync();
            return (null, ApiProblems.Of(StatusCodes.Status400BadRequest, WebProblemCodes.BadCompression, "Not gzip", "The body is declared as gzip but does not decompress: " + ex.Message));
        }

        plain.Position = 0;
        return (plain, null);
    }

    private static async Task<bool> CopyLimitedAsync(Stream from, Stream to, long limitBytes, CancellationToken cancellationToken)
    {
        byte[] chunk = new byte[81920];
        long total = 0;
        int read;
        while ((read = await from.ReadAsync(chunk, cancellationToken)) > 0)
        {
            total += read;
            if (total > limitBytes)
            {
                return false;
            }

            await to.WriteAsync(chunk.AsMemory(0, read), cancellationToken);
        }

        return true;
    }

    private static FileStream TemporaryFile() =>
        new(Path.GetTempFileName(), FileMode.Create, FileAccess.ReadWrite, FileShare.None, 81920, FileOptions.DeleteOnClose | FileOptions.Asynchronous);

    private static IResult TooLarge(long limitBytes) =>
        ApiProblems.Of(StatusCodes.Status413PayloadTooLarge, WebProblemCodes.BodyTooLarge, "Body too large", $"The body is larger than {limitBytes:N0} bytes.");
}
