using System.Collections;
using Hl7.Fhir.Model;

namespace LamTrack.Fhir.Serialization;

/// <summary>Finds, once per FHIR class, which element each step of the class's generated <c>CompareChildren</c> visits.</summary>
/// <remarks>
/// <see cref="PocoRuleCheck"/> visits a POCO's children through <see cref="Base.CompareChildren"/> (which hands the
/// comparer each backing field, allocating nothing) instead of <see cref="Base.EnumerateElements"/> (a chain of
/// iterators and a new dictionary per element). The comparer sees values but not names, so the names are learnt here
/// from a probe instance with every element set: the value the comparer sees at step <c>i</c> is looked up by reference
/// among the probe's enumerated elements (a step that sees nothing is a field outside the R4 mapping). If anything does
/// not line up (a value not found, a different count), the class gets no order and is walked with
/// <see cref="Base.EnumerateElements"/>.
/// </remarks>
internal static class ElementOrder
{
    /// <summary>The element names in visiting order for <paramref name="type"/>, or <see langword="null"/> when they cannot be learnt.</summary>
    public static string[]? Learn(Type type, IEnumerable<string> elementNames)
    {
        if (type.IsAbstract || type.GetConstructor(Type.EmptyTypes) is null || Activator.CreateInstance(type) is not Base probe)
        {
            return null;
        }

        foreach (string name in elementNames)
        {
            if (Dummy(probe, name) is not { } value)
            {
                return null;
            }

            probe.SetValue(name, value);
        }

        var named = new Dictionary<object, string>(ReferenceEqualityComparer.Instance);
        foreach (KeyValuePair<string, object> element in probe.EnumerateElements())
        {
            named[element.Value] = element.Key;
        }

        var recorder = new Recorder();
        probe.CompareChildren(probe, recorder);
        // A field left empty on the probe is one the model does not map for R4 (the shared base classes also hold
        // fields of later FHIR versions, e.g. Attachment.height); the deserializer never fills it, and the walk
        // rejects any value found there (NotInModel).
        List<object> visited = [.. recorder.Seen.OfType<object>()];
        bool linedUp = !probe.HasOverflow && visited.Count == named.Count && visited.TrueForAll(named.ContainsKey)
            && visited.Distinct(ReferenceEqualityComparer.Instance).Count() == visited.Count;
        return linedUp ? [.. recorder.Seen.Select(v => v is null ? NotInModel : named[v])] : null;
    }

    /// <summary>The name given to a visited field that no element of the class's R4 mapping fills.</summary>
    public const string NotInModel = "";

    /// <summary>A non-empty value the element accepts: a new instance of its type, in a list for a repeating element.</summary>
    private static object? Dummy(Base probe, string name)
    {
        var mapping = ModelInfo.ModelInspector.FindOrImportClassMapping(probe.GetType())?.FindMappedElementByName(name);
        if (mapping is null)
        {
            return null;
        }

        Type itemType = mapping.IsCollection ? mapping.ImplementingType : mapping.PropertyType;
        if (Instance(itemType) is not Base item)
        {
            return null;
        }

        if (!mapping.IsCollection)
        {
            return item;
        }

        var list = (IList)Activator.CreateInstance(mapping.PropertyType)!;
        list.Add(item);
        return list;
    }

    private static object? Instance(Type type)
    {
        // Abstract element types: a choice element is a DataType, a contained or entry resource a Resource.
        Type concrete = type == typeof(DataType) || type == typeof(PrimitiveType) ? typeof(FhirString)
            : type == typeof(Resource) || type == typeof(DomainResource) ? typeof(Basic)
            : type;
        return concrete.IsAbstract || concrete.GetConstructor(Type.EmptyTypes) is null ? null : Activator.CreateInstance(concrete);
    }

    /// <summary>Records each value <c>CompareChildren</c> hands over, in order.</summary>
    private sealed class Recorder : IEqualityComparer<Base>, IEqualityComparer<IReadOnlyCollection<Base>>
    {
        public List<object?> Seen { get; } = [];

        public bool Equals(Base? x, Base? y)
        {
            Seen.Add(x);
            return true;
        }

        public bool Equals(IReadOnlyCollection<Base>? x, IReadOnlyCollection<Base>? y)
        {
            Seen.Add(x);
            return true;
        }

        public int GetHashCode(Base obj) => 0;

        public int GetHashCode(IReadOnlyCollection<Base> obj) => 0;
    }
}
