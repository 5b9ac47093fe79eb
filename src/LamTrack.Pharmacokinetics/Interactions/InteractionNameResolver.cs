namespace LamTrack.Pharmacokinetics.Interactions;

/// <summary>The one name look-up of the interaction table: canonical names, aliases and brand names, ignoring case.</summary>
/// <remarks>
/// A name is normalised before the look-up: surrounding spaces trimmed, inner runs of white space collapsed to one
/// space, the typographic apostrophe read as ASCII, and upper case folded (invariant culture). Every name and alias
/// must be unique across the table after normalisation; <see cref="Create"/> reports a clash.
/// </remarks>
public sealed class InteractionNameResolver
{
    private readonly Dictionary<string, Perpetrator> _byName;

    private InteractionNameResolver(Dictionary<string, Perpetrator> byName) => _byName = byName;

    /// <summary>Builds the resolver; returns the clashes (a name or alias listed for two entries) as problems.</summary>
    public static InteractionNameResolver Create(IEnumerable<Perpetrator> perpetrators, ICollection<string> problems)
    {
        ArgumentNullException.ThrowIfNull(perpetrators);
        ArgumentNullException.ThrowIfNull(problems);
        var byName = new Dictionary<string, Perpetrator>(StringComparer.Ordinal);
        foreach (Perpetrator p in perpetrators)
        {
            foreach (string name in p.Names.Select(Normalise).Where(n => n.Length > 0).Distinct(StringComparer.Ordinal))
            {
                if (!byName.TryAdd(name, p))
                {
                    problems.Add($"name '{name}' of '{p.Name}' is already listed for '{byName[name].Name}'");
                }
            }
        }

        return new InteractionNameResolver(byName);
    }

    /// <summary>The perpetrator that <paramref name="drug"/> names, or null when the table does not list it.</summary>
    public Perpetrator? Find(string drug) =>
        _byName.TryGetValue(Normalise(drug ?? string.Empty), out Perpetrator? p) ? p : null;

    /// <summary>The normal form of a drug name used for matching.</summary>
    public static string Normalise(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        string[] words = name.Replace('\u2019', '\'').Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        return string.Join(' ', words).ToUpperInvariant();
    }
}
