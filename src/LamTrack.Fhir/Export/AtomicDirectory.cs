namespace LamTrack.Fhir.Export;

/// <summary>Writes a complete set of files into a hidden staging folder beside the target, and puts the set in place
/// only on <see cref="Commit"/>, so a failed or interrupted export leaves no half-written output.</summary>
/// <remarks>
/// An export is a set: a file of an earlier export that the new one does not write (say an <c>Encounter.ndjson</c> of
/// stays deleted since) must not stay beside it, or an import of the folder would bring it back. So the target must
/// be missing or empty; with <c>replace</c>, a folder holding an earlier export (export files only: <c>.json</c>,
/// <c>.ndjson</c>, <c>.csv</c>, no subfolders) is replaced as a whole on commit. A folder holding anything else is
/// never replaced. Both refusals come before anything is written.
/// </remarks>
internal sealed class AtomicDirectory : IDisposable
{
    private static readonly string[] s_exportExtensions = [".json", ".ndjson", ".csv"];

    private readonly string _target;
    private bool _committed;

    /// <summary>Stages an export into <paramref name="target"/>.</summary>
    /// <param name="target">The folder the set goes to.</param>
    /// <param name="replace">Replace a folder that holds an earlier export; otherwise a non-empty folder is refused.</param>
    /// <exception cref="ExportFolderException">The target is a file, or a folder that is not empty (and may not be replaced).</exception>
    public AtomicDirectory(string target, bool replace)
    {
        _target = Path.GetFullPath(target);
        Refuse(_target, replace);
        string parent = Path.GetDirectoryName(_target) ?? ".";
        Directory.CreateDirectory(parent);
        Staging = Path.Combine(parent, $".{Path.GetFileName(_target)}.partial-{Guid.NewGuid():N}");
        Directory.CreateDirectory(Staging);
    }

    /// <summary>The staging folder files are written to.</summary>
    public string Staging { get; }

    /// <summary>Puts the staged set in place of the target folder (and of any earlier export in it).</summary>
    public void Commit()
    {
        if (!Directory.Exists(_target))
        {
            Directory.Move(Staging, _target);
            _committed = true;
            return;
        }

        string previous = Path.Combine(Path.GetDirectoryName(_target) ?? ".", $".{Path.GetFileName(_target)}.replaced-{Guid.NewGuid():N}");
        Directory.Move(_target, previous);
        try
        {
            Directory.Move(Staging, _target);
        }
        catch
        {
            Directory.Move(previous, _target);
            throw;
        }

        _committed = true;
        Directory.Delete(previous, recursive: true);
    }

    public void Dispose()
    {
        if (!_committed && Directory.Exists(Staging))
        {
            Directory.Delete(Staging, recursive: true);
        }
    }

    private static void Refuse(string target, bool replace)
    {
        if (File.Exists(target))
        {
            throw new ExportFolderException(target, "is a file, not a folder");
        }

        if (!Directory.Exists(target) || !Directory.EnumerateFileSystemEntries(target).Any())
        {
            return;
        }

        if (!replace)
        {
            throw new ExportFolderException(target, "is not empty; choose an empty folder, or replace the earlier export in it as a whole (lamtrack export --force)");
        }

        string? foreign = Directory.EnumerateFileSystemEntries(target)
            .FirstOrDefault(e => Directory.Exists(e) || !s_exportExtensions.Contains(Path.GetExtension(e), StringComparer.OrdinalIgnoreCase));
        if (foreign is not null)
        {
            throw new ExportFolderException(target, $"holds '{Path.GetFileName(foreign)}', which no export writes, so it is not replaced even when asked; choose an empty folder");
        }
    }
}
