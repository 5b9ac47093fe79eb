using System.Security.Claims;
using LamTrack.Application.Ports;
using LamTrack.Web.Hosting;

namespace LamTrack.Web.Components.Pages.Records;

/// <summary>Opens the app's patient store for a page, with the signed-in user's id as the actor that the audit trail records.</summary>
public sealed class PatientStoreAccess(IPatientStoreFactory factory, WebSettings settings)
{
    /// <summary>Opens the store for reading.</summary>
    public Task<IPatientStore> ReadAsync(ClaimsPrincipal user, CancellationToken cancellationToken) =>
        OpenAsync(user, StoreAccess.ReadOnly, cancellationToken);

    /// <summary>Opens the store for writing; every write is audited with the user's id.</summary>
    public Task<IPatientStore> WriteAsync(ClaimsPrincipal user, CancellationToken cancellationToken) =>
        OpenAsync(user, StoreAccess.ReadWrite, cancellationToken);

    private Task<IPatientStore> OpenAsync(ClaimsPrincipal user, StoreAccess access, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        string actor = user.FindFirstValue(ClaimTypes.NameIdentifier) ?? user.Identity?.Name ?? "unknown";
        return factory.OpenAsync(new StoreOpenRequest(settings.Store.Text, access, actor), cancellationToken);
    }
}
