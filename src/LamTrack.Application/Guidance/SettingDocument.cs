namespace LamTrack.Application.Guidance;

/// <summary>One guidance setting with its value, default and source.</summary>
/// <param name="Name">The setting's name, as a settings file writes it.</param>
/// <param name="Value">The value in force.</param>
/// <param name="DefaultValue">The default value.</param>
/// <param name="Tag">The verification tag of the default, e.g. <c>[L]</c>.</param>
/// <param name="Source">Where the default comes from.</param>
/// <param name="Meaning">What the setting controls.</param>
public sealed record SettingDocument(string Name, string Value, string DefaultValue, string Tag, string Source, string Meaning);
