using System.Globalization;
using LamTrack.Web.Components.Pages.Dashboard;

namespace LamTrack.Web.Tests.Components.Pages.Dashboard;

public sealed class DocumentFolderTests
{
    // Above any Linux pid_max (at most 2^22), so no process has it.
    private const int EndedProcessId = 2_000_000_000;

    [Fact]
    public void SweepEndedProcesses_FolderOfAProcessThatIsGone_IsDeletedWithItsDocument()
    {
        string ended = Path.Combine(DocumentFolder.Root, EndedProcessId.ToString(CultureInfo.InvariantCulture));
        Directory.CreateDirectory(ended);
        File.WriteAllText(Path.Combine(ended, "analysis-left-by-a-killed-server.json"), "{}");

        int deleted = DocumentFolder.SweepEndedProcesses();

        Assert.True(deleted >= 1);
        Assert.False(Directory.Exists(ended));
    }

    [Fact]
    public void SweepEndedProcesses_ThisProcessAndAFolderNotNamedByAProcess_AreKept()
    {
        string mine = DocumentFolder.ForThisProcess();
        string other = Path.Combine(DocumentFolder.Root, "not-a-process-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(other);
        try
        {
            DocumentFolder.SweepEndedProcesses();

            Assert.True(Directory.Exists(mine));
            Assert.True(Directory.Exists(other));
        }
        finally
        {
            Directory.Delete(other);
        }
    }

    [Fact]
    public void ForThisProcess_OnUnix_OnlyTheServersAccountMayOpenIt()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        string folder = DocumentFolder.ForThisProcess();

        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute, File.GetUnixFileMode(folder));
    }
}
