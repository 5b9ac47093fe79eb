using LamTrack.Guidance.Catalogue;

namespace LamTrack.Guidance.Settings;

/// <summary>One guidance setting as documented: its name, current value, default, source and verification tag.</summary>
/// <param name="Name">The setting name, as used in a settings file (camelCase).</param>
/// <param name="Value">The current value with its unit.</param>
/// <param name="DefaultValue">The documented default with its unit.</param>
/// <param name="Tag">The verification tag of the default's source.</param>
/// <param name="Source">Where the default comes from.</param>
/// <param name="Meaning">What the setting controls.</param>
public sealed record SettingInfo(string Name, string Value, string DefaultValue, VerificationTag Tag, string Source, string Meaning);
