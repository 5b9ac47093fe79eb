using System.Collections.Concurrent;
using System.Collections.Frozen;
using Hl7.Fhir.Introspection;
using Hl7.Fhir.Model;

namespace LamTrack.Fhir.Serialization;

/// <summary>What Firely's POCO validator checks on one FHIR class: its elements by name, the mandatory ones (minimum
/// cardinality above 0), and whether the class carries validation attributes of its own; built once per .NET type
/// from the SDK's <see cref="ClassMapping"/>.</summary>
internal sealed class ClassRules
{
    private static readonly ConcurrentDictionary<Type, ClassRules?> s_byType = new();

    private readonly FrozenDictionary<string, ElementRules> _elements;

    private ClassRules(Type type, ClassMapping mapping)
    {
        List<PropertyMapping> elements = [.. mapping.PropertyMappings.Where(p => !p.RepresentsValueElement)];
        List<string> mandatory = [.. elements.Where(IsMandatory).Select(p => p.Name)];
        bool isDomainResource = typeof(DomainResource).IsAssignableFrom(type);
        _elements = elements.ToFrozenDictionary(p => p.Name, p => new ElementRules(p,
            mandatory.IndexOf(p.Name) is int bit and >= 0 and < 64 ? 1UL << bit : 0, isDomainResource && p.Name == "contained"), StringComparer.Ordinal);
        Mandatory = mandatory;
        MandatoryMask = mandatory.Count is > 0 and <= 64 ? ulong.MaxValue >> (64 - mandatory.Count) : 0;
        HasClassRules = mapping.ValidationAttributes.Length > 0;
        // More than 64 mandatory elements (none in R4) cannot be tracked in the mask: such a class is walked by name.
        InVisitingOrder = mandatory.Count > 64 ? null
            : ElementOrder.Learn(type, _elements.Keys)?.Select(n => n == ElementOrder.NotInModel ? ElementRules.NotInModel : _elements[n]).ToArray();
    }

    /// <summary>The names of the elements that must be present.</summary>
    public IReadOnlyList<string> Mandatory { get; }

    /// <summary>One bit per mandatory element (see <see cref="ElementRules.MandatoryBit"/>): all set when all are present.</summary>
    public ulong MandatoryMask { get; }

    /// <summary>The element rules in the order the class's <c>CompareChildren</c> visits its fields
    /// (<see cref="ElementOrder"/>), or <see langword="null"/> when that order could not be learnt.</summary>
    public ElementRules[]? InVisitingOrder { get; }

    /// <summary>Whether the class itself carries validation attributes (none in R4; such a class is left to the SDK).</summary>
    public bool HasClassRules { get; }

    /// <summary>The rules of a POCO type, or <see langword="null"/> when the model does not know the type.</summary>
    public static ClassRules? For(Type type) =>
        s_byType.GetOrAdd(type, static t => ModelInfo.ModelInspector.FindOrImportClassMapping(t) is { } mapping ? new ClassRules(t, mapping) : null);

    private static bool IsMandatory(PropertyMapping element) =>
        element.ValidationAttributes.OfType<CardinalityAttribute>().Any(c => c.Min > 0);

    /// <summary>The rules of the element named <paramref name="name"/>, or <see langword="null"/> when the class has no such element.</summary>
    public ElementRules? Element(string name) => _elements.GetValueOrDefault(name);
}
