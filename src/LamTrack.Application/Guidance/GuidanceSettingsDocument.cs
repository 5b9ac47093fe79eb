namespace LamTrack.Application.Guidance;

/// <summary>A guidance settings document (target window, thresholds, intervals) as text, with the name problems cite.</summary>
/// <param name="Json">The JSON text.</param>
/// <param name="Name">The file or field it came from.</param>
public sealed record GuidanceSettingsDocument(string Json, string Name);
