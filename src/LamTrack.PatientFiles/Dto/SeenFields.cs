using System.Text.Json;

namespace LamTrack.PatientFiles.Dto;

/// <summary>Which fields of a small JSON object a converter has read, one bit per field, so that a repeated key is an
/// error as it is for the serializer's own objects (<see cref="JsonSerializerOptions.AllowDuplicateProperties"/> off).</summary>
internal struct SeenFields
{
    private int _bits;

    /// <summary>Marks field <paramref name="index"/> (0 to 31) as read; a second time throws.</summary>
    /// <exception cref="JsonException">The field was already read.</exception>
    public void Claim(int index, string name)
    {
        int bit = 1 << index;
        if ((_bits & bit) != 0)
        {
            throw new JsonException($"duplicate property '{name}'");
        }

        _bits |= bit;
    }
}
