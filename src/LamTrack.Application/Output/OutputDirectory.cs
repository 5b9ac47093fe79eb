namespace LamTrack.Application.Output;

/// <summary>Writes a set of output files (a report, an analysis, an export) so that a failure never leaves a half-written set.</summary>
/// <remarks>Files are first written to a staging folder beside the target, then moved in; a failure deletes the staging folder.</remarks>
public sealed class OutputDirectory
{
    private readonly Dictionary<string, Action<string>> _files = new(StringComparer.Ordinal);

    /// <summary>Adds a text file.</summary>
    public OutputDirectory Text(string name, string content) => File(name, path => System.IO.File.WriteAllText(path, content));

    /// <summary>Adds a file written by <paramref name="write"/> to the path it is given.</summary>
    public OutputDirectory File(string name, Action<string> write)
    {
        _files[name] = write;
        return this;
    }

    /// <summary>Writes every file into <paramref name="directory"/>, creating it when needed.</summary>
    public IReadOnlyList<string> WriteTo(string directory)
    {
        string target = Path.GetFullPath(directory);
        string staging = Path.Combine(Path.GetDirectoryName(target) ?? ".", $".{Path.GetFileName(target)}.staging-{Guid.NewGuid():N}");
        Directory.CreateDirectory(staging);
        try
        {
            WriteAll(staging);

            Directory.CreateDirectory(target);
            foreach (string name in _files.Keys)
            {
                System.IO.File.Move(Path.Combine(staging, name), Path.Combine(target, name), overwrite: true);
            }

            return [.. _files.Keys.Select(n => Path.Combine(directory, n))];
        }
        finally
        {
            Directory.Delete(staging, recursive: true);
        }
    }

    // The files are independent (a registry's analysis.json takes a second or more while the plots render), so they
    // are written side by side; the first failure is rethrown as itself, so callers see the same exception as before.
    private void WriteAll(string staging)
    {
        try
        {
            Parallel.ForEach(_files, file => file.Value(Path.Combine(staging, file.Key)));
        }
        catch (AggregateException ex)
        {
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(ex.InnerExceptions[0]);
        }
    }
}
