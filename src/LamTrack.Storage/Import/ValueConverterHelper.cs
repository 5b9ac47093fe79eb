using System.Data.Common;
using Microsoft.EntityFrameworkCore.Storage;

namespace LamTrack.Storage.Import;

/// <summary>Sets a parameter's value the way the provider's type mapping would.</summary>
internal static class ValueConverterHelper
{
    /// <summary>Converts <paramref name="value"/> with the mapping's converter and stores it, null as <see cref="DBNull"/>.</summary>
    public static void SetValue(DbParameter parameter, RelationalTypeMapping mapping, object? value)
    {
        object? provider = value is null || mapping.Converter is null ? value : mapping.Converter.ConvertToProvider(value);
        parameter.Value = provider ?? DBNull.Value;
    }
}
