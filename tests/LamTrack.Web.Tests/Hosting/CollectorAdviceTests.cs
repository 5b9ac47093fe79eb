using LamTrack.Web.Hosting;

namespace LamTrack.Web.Tests.Hosting;

public sealed class CollectorAdviceTests
{
    [Fact]
    public void Note_ServerCollectorWithAdaptationOff_NamesTheVariable()
    {
        string? note = CollectorAdvice.Note(Settings(server: true, mode: 0L));
        Assert.NotNull(note);
        Assert.Contains("DOTNET_GCDynamicAdaptationMode=1", note, StringComparison.Ordinal);
    }

    [Fact]
    public void Note_ServerCollectorWithAdaptationOn_IsNull() =>
        Assert.Null(CollectorAdvice.Note(Settings(server: true, mode: 1L)));

    [Fact]
    public void Note_WorkstationCollector_IsNull() =>
        Assert.Null(CollectorAdvice.Note(Settings(server: false, mode: 0L)));

    [Fact]
    public void Note_SettingsWithoutTheMode_IsNull() =>
        Assert.Null(CollectorAdvice.Note(new Dictionary<string, object> { ["ServerGC"] = true }));

    private static Dictionary<string, object> Settings(bool server, long mode) =>
        new() { ["ServerGC"] = server, ["GCDynamicAdaptationMode"] = mode };
}
