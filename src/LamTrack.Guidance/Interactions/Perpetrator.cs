using LamTrack.Guidance.Catalogue;
using LamTrack.Pharmacokinetics.Interactions;

namespace LamTrack.Guidance.Interactions;

/// <summary>A drug (or drug class) listed as changing sirolimus exposure.</summary>
/// <param name="Name">The generic name, lower case.</param>
/// <param name="Aliases">Other names matched case-insensitively (brand names, spellings).</param>
/// <param name="Effect">Inducer or inhibitor.</param>
/// <param name="Strength">Strong (avoid) or moderate/unknown (caution).</param>
/// <param name="Tag">The verification tag of the listing.</param>
/// <param name="Note">The label's advice and any published size of the effect, with their tags.</param>
public sealed record Perpetrator(string Name, IReadOnlyList<string> Aliases, InteractionEffect Effect, PerpetratorStrength Strength, VerificationTag Tag, string Note)
{
    /// <summary>Whether <paramref name="medication"/> names this perpetrator (name or alias, normalised as <see cref="InteractionNameResolver.Normalise"/> does).</summary>
    public bool Matches(string medication)
    {
        string key = InteractionNameResolver.Normalise(medication ?? string.Empty);
        return Aliases.Prepend(Name).Any(n => InteractionNameResolver.Normalise(n) == key);
    }
}
