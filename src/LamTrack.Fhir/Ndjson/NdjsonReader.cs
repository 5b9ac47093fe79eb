using Hl7.Fhir.Model;
using LamTrack.Fhir.Import;
using LamTrack.Fhir.Serialization;

namespace LamTrack.Fhir.Ndjson;

/// <summary>Streams FHIR resources out of NDJSON (one compact JSON resource per line, bulk-data format).</summary>
/// <remarks>Constant memory: one line at a time. Blank lines (a trailing newline) are skipped. A line that does not
/// parse is reported with its file and line number and skipped; the caller decides whether the whole input fails.</remarks>
public static class NdjsonReader
{
    /// <summary>Reads every resource of an NDJSON text.</summary>
    /// <param name="reader">The text.</param>
    /// <param name="source">The file name used in problem locations.</param>
    /// <param name="problems">Where problems are recorded.</param>
    /// <returns>Each resource that parsed, with the line it came from.</returns>
    public static IEnumerable<ReadResource> Read(TextReader reader, string source, ImportProblemList problems)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(problems);
        int lineNumber = 0;
        string? line;
        while ((line = reader.ReadLine()) is not null)
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            var where = new ImportLocation(source, lineNumber, null, null, null);
            Resource? resource = FhirJson.TryParse(line, where, problems);
            if (resource is not null)
            {
                yield return new ReadResource(resource, where with { ResourceType = resource.TypeName, ResourceId = resource.Id });
            }
        }
    }

    /// <summary>Like <see cref="Read"/>, but reads the lines as UTF-8 bytes (<see cref="Utf8LineReader"/>), parses
    /// (and checks) them on every core while the caller consumes the results, and decodes a line to text only when it
    /// is not clean; resources and problems come out in line order, exactly as <see cref="Read"/> gives them.</summary>
    /// <remarks>Streaming with bounded memory: PLINQ's order-preserving pipelined merge keeps only a bounded window of
    /// parsed lines ahead of the consumer, so mapping on the caller's thread overlaps parsing on the workers. The
    /// window is handed over in small batches (auto-buffered): waking the consumer for every line (not buffered) made
    /// the FHIR side about 8 % slower on 20,000 patients (docs/benchmarks/fhir.md).</remarks>
    /// <param name="stream">The input (already decompressed).</param>
    /// <param name="source">The file name used in problem locations.</param>
    /// <param name="problems">Where problems are recorded.</param>
    /// <param name="check">An extra per-resource check run in parallel (the profile validator), or <see langword="null"/>.</param>
    /// <param name="position">Gives the byte position in the input after the line just read (for progress), or <see langword="null"/>.</param>
    public static IEnumerable<ReadResource> ReadParallel(Stream stream, string source, ImportProblemList problems,
        Func<Resource, ImportLocation, IReadOnlyList<ImportProblem>>? check, Func<long>? position = null) =>
        ReadParallel(stream, source, problems, check, position, null);

    /// <summary>Like <see cref="ReadParallel(Stream, string, ImportProblemList, Func{Resource, ImportLocation, IReadOnlyList{ImportProblem}}?, Func{long}?)"/>,
    /// skipping (unparsed) the lines a filter rejects.</summary>
    internal static IEnumerable<ReadResource> ReadParallel(Stream stream, string source, ImportProblemList problems,
        Func<Resource, ImportLocation, IReadOnlyList<ImportProblem>>? check, Func<long>? position, LineFilter? filter)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(problems);
        return InOrder(Utf8LineReader.Read(stream, position), source, check, problems, filter);
    }

    private static IEnumerable<ReadResource> InOrder(IEnumerable<Utf8Line> lines, string source,
        Func<Resource, ImportLocation, IReadOnlyList<ImportProblem>>? check, ImportProblemList problems, LineFilter? filter)
    {
        var parsed = lines.AsParallel().AsOrdered().WithMergeOptions(ParallelMergeOptions.AutoBuffered).Select(line => Parse(line, source, check, filter));
        foreach ((ReadResource? resource, ImportProblemList found) in parsed)
        {
            problems.AddRange(found);
            if (resource is not null)
            {
                yield return resource;
            }
        }
    }

    private static (ReadResource? Resource, ImportProblemList Problems) Parse(Utf8Line line, string source,
        Func<Resource, ImportLocation, IReadOnlyList<ImportProblem>>? check, LineFilter? filter)
    {
        var local = new ImportProblemList();
        var where = new ImportLocation(source, line.Number, null, null, null);
        if (line.TooLong)
        {
            line.Return();
            local.Add(ImportIssueCodes.TooLarge, where, $"the line is longer than {FhirInputLimits.MaxLineBytes:N0} bytes, the limit for one resource; it was skipped unread");
            return (null, local);
        }

        Resource? resource;
        try
        {
            resource = filter is null || filter(line.Bytes) ? FhirJson.TryParse(line.Bytes, where, local) : null;
        }
        finally
        {
            line.Return();
        }

        return resource is null ? (null, local) : Checked(resource, where, local, line.Offset, check);
    }

    private static (ReadResource? Resource, ImportProblemList Problems) Checked(Resource resource, ImportLocation where, ImportProblemList local,
        long offset, Func<Resource, ImportLocation, IReadOnlyList<ImportProblem>>? check)
    {
        var located = where with { ResourceType = resource.TypeName, ResourceId = resource.Id };
        if (check is not null)
        {
            local.AddRange(check(resource, located));
        }

        return (new ReadResource(resource, located) { CheckFailed = local.HasErrors, Offset = offset }, local);
    }

    /// <summary>Reads every resource of an NDJSON file (gzip-compressed when the name ends in <c>.gz</c>).</summary>
    /// <param name="path">The file.</param>
    /// <param name="problems">Where problems are recorded.</param>
    /// <param name="check">An extra per-resource check run in parallel, or <see langword="null"/>.</param>
    /// <remarks>A gzip file that is not gzip, or that expands past <see cref="FhirInputLimits.MaxGzipExpansionRatio"/>,
    /// ends the file's reading with a problem (<see cref="ImportIssueCodes.MalformedJson"/>, <see cref="ImportIssueCodes.TooLarge"/>),
    /// never with an exception.</remarks>
    public static IEnumerable<ReadResource> ReadFile(string path, ImportProblemList problems, Func<Resource, ImportLocation, IReadOnlyList<ImportProblem>>? check = null) =>
        ReadFile(path, problems, check, null);

    /// <summary>Like <see cref="ReadFile(string, ImportProblemList, Func{Resource, ImportLocation, IReadOnlyList{ImportProblem}}?)"/>, skipping
    /// (unparsed) the lines a filter rejects.</summary>
    internal static IEnumerable<ReadResource> ReadFile(string path, ImportProblemList problems, Func<Resource, ImportLocation, IReadOnlyList<ImportProblem>>? check, LineFilter? filter)
    {
        ArgumentNullException.ThrowIfNull(problems);
        using Stream file = File.OpenRead(path);
        // The position of the file itself (compressed for .gz) against its length drives the progress bar.
        foreach (ReadResource resource in ReadGuarded(file, path.EndsWith(".gz", StringComparison.OrdinalIgnoreCase), Path.GetFileName(path), problems, check, () => file.Position, filter))
        {
            yield return resource;
        }
    }

    /// <summary>Reads the resources of <paramref name="raw"/> (gzip when <paramref name="gzip"/>, decompressed under
    /// <see cref="GzipExpansionGuard"/>); a stream that is not gzip, or expands past the limit, ends the reading with a
    /// problem against <paramref name="source"/>, never with an exception. <paramref name="raw"/> is left open.</summary>
    internal static IEnumerable<ReadResource> ReadGuarded(Stream raw, bool gzip, string source, ImportProblemList problems,
        Func<Resource, ImportLocation, IReadOnlyList<ImportProblem>>? check, Func<long>? position, LineFilter? filter)
    {
        using Stream? guard = gzip ? new GzipExpansionGuard(raw, leaveOpen: true) : null;
        using IEnumerator<ReadResource> resources = ReadParallel(guard ?? raw, source, problems, check, position, filter).GetEnumerator();
        while (Next(resources, source, problems))
        {
            yield return resources.Current;
        }
    }

    // An iterator cannot yield inside a try with a catch: the stream's own failures are caught here, one step at a time.
    private static bool Next(IEnumerator<ReadResource> resources, string source, ImportProblemList problems)
    {
        try
        {
            return resources.MoveNext();
        }
        catch (Exception ex) when (GzipExpansionGuard.Unwrap(ex) is { } failure)
        {
            var where = ImportLocation.OfFile(source);
            problems.Add(failure is InputTooLargeException ? ImportIssueCodes.TooLarge : ImportIssueCodes.MalformedJson, where,
                failure is InputTooLargeException ? failure.Message : $"not a readable gzip file: {failure.Message}");
            return false;
        }
    }
}
