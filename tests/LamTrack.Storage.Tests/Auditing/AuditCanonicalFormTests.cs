using System.Text;
using LamTrack.Storage.Auditing;
using LamTrack.Storage.Records;
using NodaTime;

namespace LamTrack.Storage.Tests.Auditing;

public sealed class AuditCanonicalFormTests
{
    [Fact]
    public void Bytes_OneEntry_AreTheLengthPrefixedFieldsInTheDocumentedOrder()
    {
        string text = Encoding.UTF8.GetString(AuditCanonicalForm.Bytes(Entry()));

        Assert.Equal(
            "16:lamtrack-audit/1\n64:" + AuditCanonicalForm.GenesisHash + "\n17:17957664000000000\n5:dr.ä\n7:Created\n7:Patient\n6:case-1\n1:1\n-\n15:{\"id\":\"case-1\"}\n",
            text);
    }

    [Fact]
    public void Hash_OneEntry_IsSha256OfTheCanonicalFormInLowercaseHex()
    {
        string hash = AuditCanonicalForm.Hash(Entry());

        Assert.Equal(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(AuditCanonicalForm.Bytes(Entry()))), hash);
        Assert.Equal(AuditCanonicalForm.HashLength, hash.Length);
    }

    [Theory]
    [InlineData("actor")]
    [InlineData("before-empty-not-null")]
    [InlineData("after")]
    [InlineData("version")]
    [InlineData("time")]
    [InlineData("previous")]
    public void Hash_AnyFieldChanged_Differs(string field)
    {
        AuditEntryRecord changed = Entry();
        switch (field)
        {
            case "actor": changed.Actor = "dr.b"; break;
            case "before-empty-not-null": changed.BeforeJson = string.Empty; break;
            case "after": changed.AfterJson = """{"id":"case-2"}"""; break;
            case "version": changed.EntityVersion = 2; break;
            case "time": changed.OccurredAt += Duration.FromTicks(1); break;
            default: changed.PreviousHash = new string('1', 64); break;
        }

        Assert.NotEqual(AuditCanonicalForm.Hash(Entry()), AuditCanonicalForm.Hash(changed));
    }

    [Fact]
    public void Bytes_FieldHoldingALineFeedAndLengthText_CannotImitateTwoFields()
    {
        AuditEntryRecord a = Entry();
        a.Actor = "x\n7:Created";
        AuditEntryRecord b = Entry();
        b.Actor = "x";

        Assert.NotEqual(AuditCanonicalForm.Hash(a), AuditCanonicalForm.Hash(b));
    }

    private static AuditEntryRecord Entry() => new()
    {
        Id = 1,
        OccurredAt = Instant.FromUtc(2026, 11, 27, 8, 0),
        Actor = "dr.ä",
        Action = "Created",
        EntityType = "Patient",
        EntityKey = "case-1",
        EntityVersion = 1,
        BeforeJson = null,
        AfterJson = """{"id":"case-1"}""",
        PreviousHash = AuditCanonicalForm.GenesisHash,
    };
}
