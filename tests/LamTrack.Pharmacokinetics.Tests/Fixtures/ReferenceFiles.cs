using System.Globalization;

namespace LamTrack.Pharmacokinetics.Tests.Fixtures;

/// <summary>Reads the PK reference CSV files ([PK-REFERENCE-MODEL] in docs/references.md, computed independently with an established engine).</summary>
internal static class ReferenceFiles
{
    public static string PathOf(string name) => Path.Combine(AppContext.BaseDirectory, "Fixtures", name);

    public static string ModelPath(string id) => Path.Combine(AppContext.BaseDirectory, "models", id + ".json");

    public static IReadOnlyList<Dictionary<string, string>> Read(string name)
    {
        string[] lines = File.ReadAllLines(PathOf(name));
        string[] header = lines[0].Split(',');
        return [.. lines.Skip(1).Where(l => l.Length > 0).Select(l => header.Zip(l.Split(',')).ToDictionary(p => p.First, p => p.Second))];
    }

    public static double Number(string text) => double.Parse(text, CultureInfo.InvariantCulture);

    /// <summary>The map_single_patient.csv value of <paramref name="quantity"/> from the independent closed form.</summary>
    public static double Map(string quantity) =>
        Number(Read("map_single_patient.csv").Single(r => r["quantity"] == quantity)["independent_closed_form"]);
}
