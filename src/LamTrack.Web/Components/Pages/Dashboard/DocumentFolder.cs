using System.Diagnostics;
using System.Globalization;

namespace LamTrack.Web.Components.Pages.Dashboard;

/// <summary>Where the server keeps its cohort analysis documents: one folder per server process under
/// <c>lamtrack-web</c> in the temporary folder, and the sweep that removes the folders of servers that are gone.</summary>
/// <remarks>
/// A document of a 100,000-patient store is about 160 MB. A server stopped with kill -9 (or a power cut) cannot delete
/// its own, so each server, before it writes its first document, deletes the folders whose process no longer runs.
/// Two hosts in one process share its folder and each deletes only its own files.
/// </remarks>
public static class DocumentFolder
{
    private static int s_swept;

    /// <summary>The folder that holds every server's document folder.</summary>
    public static string Root { get; } = Path.Combine(Path.GetTempPath(), "lamtrack-web");

    /// <summary>This process's folder (created, and the folders of ended processes swept, on first use); on Unix only
    /// the server's account may open it (mode 700), as its documents identify patients.</summary>
    public static string ForThisProcess()
    {
        if (Interlocked.Exchange(ref s_swept, 1) == 0)
        {
            SweepEndedProcesses();
        }

        string folder = Path.Combine(Root, Environment.ProcessId.ToString(CultureInfo.InvariantCulture));
        if (OperatingSystem.IsWindows())
        {
            Directory.CreateDirectory(folder);
        }
        else
        {
            // The temporary folder is shared by every account on the machine; the default mode would let them read.
            Directory.CreateDirectory(folder, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
            File.SetUnixFileMode(folder, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }

        return folder;
    }

    /// <summary>Deletes each folder of <see cref="Root"/> named after a process id that no process has now; returns how
    /// many were deleted.</summary>
    public static int SweepEndedProcesses()
    {
        if (!Directory.Exists(Root))
        {
            return 0;
        }

        int deleted = 0;
        foreach (string folder in Directory.EnumerateDirectories(Root))
        {
            if (int.TryParse(Path.GetFileName(folder), NumberStyles.None, CultureInfo.InvariantCulture, out int id) && !IsRunning(id) && TryDelete(folder))
            {
                deleted++;
            }
        }

        return deleted;
    }

    private static bool IsRunning(int processId)
    {
        try
        {
            using var process = Process.GetProcessById(processId);
            return !process.HasExited;
        }
        catch (ArgumentException)
        {
            return false;
        }
        catch (InvalidOperationException)
        {
            return false;
        }
    }

    private static bool TryDelete(string folder)
    {
        try
        {
            Directory.Delete(folder, recursive: true);
            return true;
        }
        catch (IOException)
        {
            // Another server sweeping at the same moment, or a file held open where the system refuses: left for later.
            return false;
        }
        catch (UnauthorizedAccessException)
        {
            // Another account's server: not ours to delete.
            return false;
        }
    }
}
