using System.Collections;
using Hl7.Fhir.Model;

namespace LamTrack.Fhir.Serialization;

/// <summary>Runs, on a parsed resource tree, the checks that Firely's POCO validator (<c>FhirAttributeValidator</c>)
/// makes while the strict deserializer parses, in one walk and without allocating unless a check fails.</summary>
/// <remarks>
/// The SDK's checks, and where each is made here:
/// <list type="bullet">
/// <item>unknown element, element of the wrong type, wrong-cased element: the deserializer keeps them in the POCO's
/// overflow (any overflow fails), or binds them to a dynamic type (any <see cref="IDynamicType"/> fails); a wrong-cased
/// name is bound to its element both ways (the default settings filter the SDK's wrong-case issues, PVAL131/132);</item>
/// <item>cardinality (minimum, maximum, no null in a list) and allowed types of choice elements: <see cref="ElementRules"/>;</item>
/// <item>mandatory elements missing: <see cref="ClassRules.Mandatory"/>;</item>
/// <item>invariants: an element with neither value nor children, a primitive literal that is not valid for its type
/// (date, decimal, id, uri, a code outside its required enum binding such as gender <c>femal</c>, ...) through the
/// SDK's own <see cref="PrimitiveType.HasValidValue"/>, and contained resources nested in contained resources.</item>
/// </list>
/// A failed check only says "not clean": the caller then parses with the strict deserializer, whose problems are
/// reported. The walk may be stricter than the SDK (that only costs a second parse) but never more lenient; the
/// differential tests in <c>FastStrictParserTests</c> hold it to that.
/// </remarks>
internal static class PocoRuleCheck
{
    /// <summary>Whether <paramref name="node"/> and everything below it pass the SDK's POCO validation.</summary>
    /// <param name="node">The parsed resource or element.</param>
    public static bool IsClean(Base node)
    {
        if (node is IDynamicType || node.HasOverflow || ClassRules.For(node.GetType()) is not { HasClassRules: false } rules)
        {
            return false;
        }

        bool hasChildren = false;
        foreach (KeyValuePair<string, object> child in node.EnumerateElements())
        {
            hasChildren = true;
            if (rules.Element(child.Key) is not { } element || !element.PropertyType.IsInstanceOfType(child.Value)
                || !ChildrenAreClean(element, child.Value) || IsNestedContained(node, child))
            {
                return false;
            }
        }

        return InvariantsHold(node, hasChildren) && MandatoryPresent(node, rules);
    }

    // A contained resource may not contain resources itself (DomainResource's invariant in the SDK).
    private static bool IsNestedContained(Base node, KeyValuePair<string, object> child) =>
        node is DomainResource && child.Key == "contained" && child.Value is IList contained
        && contained.OfType<DomainResource>().Any(c => c.Contained.Count > 0);

    private static bool ChildrenAreClean(ElementRules element, object value)
    {
        if (value is Base single)
        {
            return element.Min <= 1 && element.Max != 0 && element.Allows(single) && IsClean(single);
        }

        if (value is not IList list || list.Count < element.Min || (element.Max != -1 && list.Count > element.Max))
        {
            return false;
        }

        foreach (object? item in list)
        {
            if (item is not Base child || !element.Allows(child) || !IsClean(child))
            {
                return false;
            }
        }

        return true;
    }

    // A primitive needs a value or children (id, extensions), and its value must be a valid literal of its type; any
    // other element needs children.
    private static bool InvariantsHold(Base node, bool hasChildren) =>
        node is PrimitiveType primitive ? (primitive.JsonValue is null ? hasChildren : LiteralCheck.IsValid(primitive)) : hasChildren;

    private static bool MandatoryPresent(Base node, ClassRules rules)
    {
        foreach (string name in rules.Mandatory)
        {
            if (!node.TryGetValue(name, out object? value) || value is ICollection { Count: 0 })
            {
                return false;
            }
        }

        return true;
    }
}
