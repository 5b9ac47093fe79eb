using System.Globalization;
using System.Text.Json;
using LamTrack.Pharmacokinetics.Dosing;
using LamTrack.Pharmacokinetics.Models;

namespace LamTrack.Pharmacokinetics.Interactions;

/// <summary>The one interaction table (data file models/interactions.json), read by the PK engine and the guidance rules, and its translation of co-medication periods into CL/F multipliers.</summary>
/// <remarks>
/// The smooth time course of each perpetrator (<see cref="Perpetrator.MultiplierAt"/>) is turned into a step function on a
/// grid of <c>stepHours</c> (value at each step's midpoint; every start and stop is a grid point), and the solver is exact
/// for that step function. Several perpetrators at once multiply. A drug not in the table is reported as unknown and
/// given no effect only in the sense that none can be computed: the note says so in every output.
/// </remarks>
public sealed class InteractionTable
{
    private readonly InteractionNameResolver _names;

    private InteractionTable(IReadOnlyList<Perpetrator> perpetrators, InteractionNameResolver names, string source, string sourceLink)
    {
        Perpetrators = perpetrators;
        _names = names;
        Source = source;
        SourceLink = sourceLink;
    }

    /// <summary>The entries.</summary>
    public IReadOnlyList<Perpetrator> Perpetrators { get; }

    /// <summary>The documents the table is drawn from (the label's interaction sections), as the file states them.</summary>
    public string Source { get; }

    /// <summary>A link to the label's interaction section, or empty.</summary>
    public string SourceLink { get; }

    /// <summary>Reads and validates the table file.</summary>
    /// <exception cref="ModelFileException">The file is unreadable or an entry is invalid (with the field).</exception>
    public static InteractionTable ReadFile(string path)
    {
        try
        {
            return Parse(File.ReadAllText(path), path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new ModelFileException(path, [$"cannot read the file: {e.Message}"]);
        }
    }

    /// <summary>Parses the table JSON; <paramref name="source"/> names it in errors.</summary>
    /// <exception cref="ModelFileException">The JSON is invalid or an entry is invalid.</exception>
    public static InteractionTable Parse(string json, string source)
    {
        try
        {
            using JsonDocument doc = JsonDocument.Parse(json);
            var f = new JsonFields(doc.RootElement);
            Perpetrator[] list = [.. f.Array(doc.RootElement, "perpetrators", "").Select((e, i) => Entry(f, e, $"perpetrators[{i}]."))];
            var names = InteractionNameResolver.Create(list, f.Problems);
            string title = f.String(doc.RootElement, "source", "", required: false), link = f.String(doc.RootElement, "sourceLink", "", required: false);
            return f.Problems.Count > 0 ? throw new ModelFileException(source, f.Problems) : new InteractionTable(list, names, title, link);
        }
        catch (JsonException e)
        {
            throw new ModelFileException(source, [$"not valid JSON (line {e.LineNumber + 1}): {e.Message}"]);
        }
    }

    /// <summary>The entry for <paramref name="drug"/>, or null when the drug is not in the table.</summary>
    /// <remarks>Names are resolved by <see cref="InteractionNameResolver"/>: canonical name, alias or brand name, ignoring case.</remarks>
    public Perpetrator? Find(string drug) => _names.Find(drug);

    /// <summary>Builds the CL/F schedule for <paramref name="periods"/> up to <paramref name="horizonHours"/>.</summary>
    /// <param name="periods">Co-medication periods.</param>
    /// <param name="horizonHours">Last time of interest, h.</param>
    /// <param name="stepHours">Grid step of the step-function approximation, h (default 12).</param>
    public InteractionResolution Resolve(IEnumerable<CoMedicationPeriod> periods, double horizonHours, double stepHours = 12)
    {
        ArgumentNullException.ThrowIfNull(periods);
        var notes = new List<InteractionNote>();
        var active = new List<(Perpetrator P, double Start, double Stop)>();
        foreach (CoMedicationPeriod period in periods)
        {
            Perpetrator? p = Find(period.Drug);
            notes.Add(Note(period, p));
            if (p is { IsModelled: true })
            {
                active.Add((p, period.StartHours, period.StopHours ?? double.PositiveInfinity));
            }
        }

        return new InteractionResolution(active.Count == 0 ? ClearanceSchedule.None : Steps(active, horizonHours, stepHours), notes);
    }

    private static ClearanceSchedule Steps(List<(Perpetrator P, double Start, double Stop)> active, double horizon, double step)
    {
        var grid = new SortedSet<double>(active.SelectMany(a => new[] { a.Start, a.Stop }).Where(double.IsFinite));
        double first = grid.Min;
        for (double t = first; t <= horizon; t += step)
        {
            grid.Add(t);
        }

        double[] points = [.. grid];
        var changes = new List<(double, double)>();
        double last = 1.0;
        for (int i = 0; i < points.Length; i++)
        {
            double end = i + 1 < points.Length ? points[i + 1] : points[i] + step;
            double mid = 0.5 * (points[i] + end);
            double m = active.Aggregate(1.0, (acc, a) => acc * a.P.MultiplierAt(mid, a.Start, a.Stop));
            m = Math.Abs(m - 1) < 1e-4 && active.All(a => mid >= a.Stop) ? 1.0 : m;
            if (Math.Abs(m - last) > 1e-9 * last)
            {
                changes.Add((points[i], m));
                last = m;
            }
        }

        return ClearanceSchedule.From(changes);
    }

    private static InteractionNote Note(CoMedicationPeriod period, Perpetrator? p)
    {
        if (p is null)
        {
            return new InteractionNote(period.Drug, null,
                $"{period.Drug}: not in the interaction table — its effect on sirolimus is UNKNOWN and was not modelled; check it before relying on the forecast");
        }

        if (!p.IsModelled)
        {
            return new InteractionNote(period.Drug, p,
                $"{period.Drug}: listed by the label as {Article(p.Kind)} of sirolimus clearance, but the size is not known — NOT modelled; check it before relying on the forecast");
        }

        string flag = p.HasUnverifiedNumbers ? " [UNVERIFIED numbers: configurable assumption]" : string.Empty;
        return new InteractionNote(period.Drug, p, string.Create(CultureInfo.InvariantCulture,
            $"{period.Drug}: {p.Kind.ToString().ToLowerInvariant()}, CL/F × {p.ClearanceFold:0.###} at full effect {p.FoldVerification}; onset τ {p.OnsetTimeConstantHours} h, offset τ {p.OffsetTimeConstantHours} h {p.TimeVerification}{flag}"));
    }

    private static string Article(PerpetratorKind kind) => kind == PerpetratorKind.Inducer ? "an inducer" : "an inhibitor";

    private static Perpetrator Entry(JsonFields f, JsonElement e, string path)
    {
        string kindText = f.String(e, "kind", path);
        if (kindText is not ("inducer" or "inhibitor"))
        {
            f.Problems.Add($"field '{path}kind': '{kindText}' must be inducer or inhibitor");
        }

        var kind = kindText == "inducer" ? PerpetratorKind.Inducer : PerpetratorKind.Inhibitor;
        string[] aliases = [.. f.Array(e, "aliases", path, required: false).Select(a => a.GetString() ?? string.Empty)];
        LabelListing? listing = Listing(f, e, path);
        Perpetrator p = f.NumberOrNull(e, "clearanceFold", path) is null && listing is not null
            ? new Perpetrator(f.String(e, "name", path), aliases, kind, 1.0, "[NOT MODELLED]", listing.Note, 0, 0, "[NOT MODELLED]", string.Empty) { IsModelled = false }
            : Modelled(f, e, path, kind, aliases);
        return p with { Listing = listing };
    }

    private static Perpetrator Modelled(JsonFields f, JsonElement e, string path, PerpetratorKind kind, string[] aliases)
    {
        double fold = f.Number(e, "clearanceFold", path), on = f.Number(e, "onsetTimeConstantHours", path), off = f.Number(e, "offsetTimeConstantHours", path);
        if (!(fold > 0) || on < 0 || off < 0)
        {
            f.Problems.Add($"field '{path}': clearanceFold must be > 0 and time constants ≥ 0 h");
        }

        return new Perpetrator(f.String(e, "name", path), aliases, kind,
            fold, f.String(e, "foldVerification", path), f.String(e, "foldBasis", path), on, off, f.String(e, "timeVerification", path), f.String(e, "timeBasis", path));
    }

    private static LabelListing? Listing(JsonFields f, JsonElement e, string path)
    {
        string strength = f.String(e, "labelStrength", path, required: false);
        if (strength.Length == 0)
        {
            return null;
        }

        if (strength is not ("strong" or "moderate-or-unknown"))
        {
            f.Problems.Add($"field '{path}labelStrength': '{strength}' must be strong or moderate-or-unknown");
        }

        string tag = f.String(e, "labelTag", path);
        if (tag is not ("P" or "L" or "L/S" or "S" or "UNVERIFIED"))
        {
            f.Problems.Add($"field '{path}labelTag': '{tag}' must be one of P, L, L/S, S, UNVERIFIED");
        }

        return new LabelListing(strength, tag, f.String(e, "labelNote", path, required: false));
    }
}
