namespace LamTrack.Application.Guidance;

/// <summary>The rule catalogue and the guidance settings, as <c>lamtrack rules --json</c> prints them.</summary>
/// <param name="Rules">Every rule, in catalogue order.</param>
/// <param name="Settings">Every setting with its default value, verification tag and source.</param>
public sealed record RuleCatalogueDocument(IReadOnlyList<RuleDocument> Rules, IReadOnlyList<SettingDocument> Settings);
