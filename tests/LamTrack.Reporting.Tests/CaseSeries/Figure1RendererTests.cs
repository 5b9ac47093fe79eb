using LamTrack.Reporting.Figures;
using LamTrack.Domain.Patients;
using LamTrack.Reporting.CaseSeries;
using LamTrack.Testing;

namespace LamTrack.Reporting.Tests.CaseSeries;

public sealed class Figure1RendererTests
{
    [Fact]
    public void Save_CaseSeries_WritesPngAndSvg()
    {
        string dir = Directory.CreateTempSubdirectory("lamtrack-fig-").FullName;
        string png = Path.Combine(dir, "f.png");
        string svg = Path.Combine(dir, "f.svg");
        Figure1Renderer.Save(CaseSeriesData.LoadAll(), png, svg);
        byte[] header = File.ReadAllBytes(png)[..4];
        Assert.Equal(new byte[] { 0x89, 0x50, 0x4E, 0x47 }, header);
        Assert.Contains("<svg", File.ReadAllText(svg), StringComparison.Ordinal);
        Directory.Delete(dir, recursive: true);
    }

    [Fact]
    public void Build_FiveLanes_LabelsEveryCase()
    {
        IReadOnlyList<Patient> patients = CaseSeriesData.LoadAll();
        string svg = FigureOutput.SvgText(() => Figure1Renderer.Build(patients), 1800, 1100);
        Assert.All(patients, p => Assert.Contains(p.Label!, svg, StringComparison.Ordinal));
    }

    [Fact]
    public void CompressedTimeAxis_BeforeKnee_CompressesFourToOne()
    {
        Assert.Equal(-12, CompressedTimeAxis.ToPlot(-12));
        Assert.Equal(-36 - 6, CompressedTimeAxis.ToPlot(-60));
    }
}
