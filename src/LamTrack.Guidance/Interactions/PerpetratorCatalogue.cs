using LamTrack.Guidance.Catalogue;
using LamTrack.Pharmacokinetics.Interactions;
using LamTrack.Pharmacokinetics.Models;
using PkPerpetrator = LamTrack.Pharmacokinetics.Interactions.Perpetrator;

namespace LamTrack.Guidance.Interactions;

/// <summary>The drugs that change sirolimus exposure, as the guidance rules see them: the label listing of each entry of the one interaction table.</summary>
/// <remarks>
/// There is one table (<c>models/interactions.json</c>, read by <see cref="InteractionTable"/>) and one name resolver
/// (<see cref="InteractionNameResolver"/>), so a name that the PK engine resolves to a perpetrator resolves to the same
/// perpetrator here. Only entries with a label listing are guidance perpetrators.
/// </remarks>
public sealed class PerpetratorCatalogue
{
    private readonly Dictionary<PkPerpetrator, Perpetrator> _byEntry;

    private PerpetratorCatalogue(InteractionTable table, Dictionary<PkPerpetrator, Perpetrator> byEntry, Citation source)
    {
        Table = table;
        _byEntry = byEntry;
        Source = source;
    }

    /// <summary>The interaction table this view is built on.</summary>
    public InteractionTable Table { get; }

    /// <summary>Every listed perpetrator, in table order.</summary>
    public IReadOnlyList<Perpetrator> Perpetrators => [.. Table.Perpetrators.Where(_byEntry.ContainsKey).Select(p => _byEntry[p])];

    /// <summary>The label the list comes from.</summary>
    public Citation Source { get; }

    /// <summary>The view of <paramref name="table"/>.</summary>
    /// <exception cref="RuleCatalogueException">An entry's listing has a tag the guidance cannot read, or no entry is listed.</exception>
    public static PerpetratorCatalogue From(InteractionTable table)
    {
        ArgumentNullException.ThrowIfNull(table);
        var problems = new List<string>();
        var byEntry = new Dictionary<PkPerpetrator, Perpetrator>(ReferenceEqualityComparer.Instance);
        foreach (PkPerpetrator entry in table.Perpetrators.Where(p => p.Listing is not null))
        {
            if (View(entry, problems) is { } view)
            {
                byEntry.Add(entry, view);
            }
        }

        if (byEntry.Count == 0)
        {
            problems.Add("the interaction table lists no perpetrator with a label listing");
        }

        return problems.Count > 0
            ? throw new RuleCatalogueException(problems)
            : new PerpetratorCatalogue(table, byEntry, new Citation(table.Source, "section 7", table.SourceLink, VerificationTag.Label));
    }

    /// <summary>The view of the table shipped next to the binaries.</summary>
    /// <exception cref="ModelFileException">The shipped table is missing or invalid.</exception>
    /// <exception cref="RuleCatalogueException">A listing is invalid.</exception>
    public static PerpetratorCatalogue LoadShipped() =>
        From(InteractionTable.ReadFile(Path.Combine(AppContext.BaseDirectory, ModelCatalogue.ShippedDirectoryName, ModelCatalogue.InteractionsFileName)));

    /// <summary>The perpetrator named by <paramref name="medication"/>, or <see langword="null"/> when it is not listed.</summary>
    /// <remarks>Resolved by the table's name resolver: name, alias or brand name, ignoring case and spacing.</remarks>
    public Perpetrator? Find(string medication) =>
        Table.Find(medication) is { } entry && _byEntry.TryGetValue(entry, out Perpetrator? p) ? p : null;

    /// <summary>The table entry behind a guidance perpetrator (its clearance fold and time course).</summary>
    public PkPerpetrator? EntryFor(Perpetrator perpetrator) =>
        perpetrator is null ? null : Table.Find(perpetrator.Name);

    private static Perpetrator? View(PkPerpetrator entry, List<string> problems)
    {
        LabelListing listing = entry.Listing!;
        if (!VerificationTags.TryParse(listing.Tag, out VerificationTag tag))
        {
            problems.Add($"perpetrator '{entry.Name}': field 'labelTag': '{listing.Tag}' is not one of P, L, L/S, S, UNVERIFIED");
            return null;
        }

        InteractionEffect effect = entry.Kind == PerpetratorKind.Inducer ? InteractionEffect.Inducer : InteractionEffect.Inhibitor;
        PerpetratorStrength strength = listing.Strength == "strong" ? PerpetratorStrength.Strong : PerpetratorStrength.ModerateOrUnknown;
        return new Perpetrator(entry.Name.ToLowerInvariant(), entry.Aliases, effect, strength, tag, listing.Note);
    }
}
