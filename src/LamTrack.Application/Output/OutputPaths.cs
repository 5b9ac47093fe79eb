namespace LamTrack.Application.Output;

/// <summary>Checks output paths before a command writes anything, so that a bad path fails first, not after half the output.</summary>
/// <remarks>
/// A folder must not be an existing file; a file must not be an existing folder; and the nearest existing folder must
/// take a new file, which is tried with a probe file deleted at once (permission bits alone do not tell: ACLs,
/// read-only mounts, root). <see cref="OutputDirectory"/> and <see cref="AtomicOutput"/> run these checks themselves.
/// </remarks>
public static class OutputPaths
{
    /// <summary>Throws unless <paramref name="path"/> can be (or already is) a folder that takes new files.</summary>
    /// <param name="path">The folder.</param>
    /// <param name="option">The option that named it, for the message (e.g. <c>--plot</c>).</param>
    /// <exception cref="OutputPathException">The path is a file, or its folder cannot be written.</exception>
    public static void RequireFolder(string path, string option)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        string full = Path.GetFullPath(path);
        if (File.Exists(full))
        {
            throw new OutputPathException(option, path, "is an existing file, not a folder");
        }

        RequireWritable(NearestExisting(full), path, option);
    }

    /// <summary>Throws unless <paramref name="path"/> can be written as a file (new, or replacing a file).</summary>
    /// <exception cref="OutputPathException">The path is a folder, or its folder cannot be written.</exception>
    public static void RequireFile(string path, string option)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        string full = Path.GetFullPath(path);
        if (Directory.Exists(full))
        {
            throw new OutputPathException(option, path, "is an existing folder, not a file");
        }

        RequireWritable(NearestExisting(Path.GetDirectoryName(full) ?? "."), path, option);
    }

    private static string NearestExisting(string folder)
    {
        string? current = folder;
        while (current is not null && !Directory.Exists(current))
        {
            if (File.Exists(current))
            {
                return current;
            }

            current = Path.GetDirectoryName(current);
        }

        return current ?? ".";
    }

    private static void RequireWritable(string folder, string path, string option)
    {
        if (File.Exists(folder))
        {
            throw new OutputPathException(option, path, $"lies under '{folder}', which is a file");
        }

        try
        {
            using var probe = new FileStream(Path.Combine(folder, $".lamtrack-probe-{Guid.NewGuid():N}"), FileMode.CreateNew, FileAccess.Write, FileShare.None, 1, FileOptions.DeleteOnClose);
        }
        catch (Exception ex) when (ex is UnauthorizedAccessException or IOException)
        {
            throw new OutputPathException(option, path, $"cannot be written: the folder '{folder}' does not take new files ({ex.Message})");
        }
    }
}
