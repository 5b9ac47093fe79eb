using LamTrack.Application.Pharmacokinetics;
using LamTrack.Pharmacokinetics.Models;
using Microsoft.Extensions.Options;

namespace LamTrack.Application.Tests.Pharmacokinetics;

/// <summary>The shipped model catalogue and NONMEM-style data files written to a fresh folder, for the PK service tests.</summary>
internal sealed class PkServiceFixture : IDisposable
{
    public const string Header = "ID,TIME,AMT,EVID,CMT,II,ADDL,SS,DV,MDV,LLOQ,AGE,WT";

    private static readonly ModelCatalogue s_catalogue = ModelCatalogue.LoadShipped();

    public PkServiceFixture() => Directory.CreateDirectory(Folder);

    public string Folder { get; } = Path.Combine(Path.GetTempPath(), $"lamtrack-pk-tests-{Guid.NewGuid():N}");

    public static PkSimulationService Simulation => new(s_catalogue);

    public static PkEstimationService Estimation => new(s_catalogue, Options.Create(new PharmacokineticsOptions { ForecastSamples = 40 }));

    public static PkPopulationService Population => new(s_catalogue);

    /// <summary>Subject <paramref name="id"/>: 2 mg every 24 h for 14 doses, a trough of <paramref name="trough"/> ng/mL at 168 h.</summary>
    public static string Subject(string id, double trough) =>
        FormattableString.Invariant($"{id},0,2,1,1,24,13,0,.,1,.,40,60\n{id},168,.,0,.,.,.,.,{trough},0,.,40,60\n");

    public string Write(string name, string text)
    {
        string path = Path.Combine(Folder, name);
        File.WriteAllText(path, text);
        return path;
    }

    public void Dispose() => Directory.Delete(Folder, recursive: true);
}
