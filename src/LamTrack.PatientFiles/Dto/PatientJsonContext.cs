using System.Text.Json.Serialization;

namespace LamTrack.PatientFiles.Dto;

/// <summary>Compile-time JSON metadata for the patient file records.</summary>
/// <remarks>Reading a registry spends much of its time in the deserializer; generated metadata saves the reflection
/// the default resolver would do for every property. The settings themselves stay in <see cref="PatientJson"/>.</remarks>
[JsonSerializable(typeof(PatientDto))]
internal sealed partial class PatientJsonContext : JsonSerializerContext;
