namespace IntuneSupportBot.Graph;

/// <summary>
/// Section "Directory". With a client secret, a certificate or a managed identity the bot reads Microsoft Graph;
/// with none of them it runs on the demo tenant in <see cref="Local"/>.
/// </summary>
public sealed class DirectoryOptions
{
    public const string SectionName = "Directory";

    public static readonly IReadOnlyList<string> DefaultScopes = ["https://graph.microsoft.com/.default"];

    public string? TenantId { get; set; }

    public string? ClientId { get; set; }

    public string? ClientSecret { get; set; }

    /// <summary>A PEM or PFX file holding the app registration's certificate and private key.</summary>
    public string? CertificatePath { get; set; }

    /// <summary>Client id of a user-assigned managed identity.</summary>
    public string? ManagedIdentityClientId { get; set; }

    /// <summary>Includes the version segment; the token is only ever sent to this host.</summary>
    public Uri BaseUrl { get; set; } = new("https://graph.microsoft.com/v1.0");

    /// <summary>Empty means <see cref="DefaultScopes"/>.</summary>
    public string[] Scopes { get; set; } = [];

    public List<TierOptions> Tiers { get; set; } = [];

    /// <summary>Entra group of the bridge-call coordinators.</summary>
    public string? BridgeCoordinatorGroupId { get; set; }

    /// <summary>How long a group's member list answers authorization before it is read again.</summary>
    public TimeSpan MembershipTtl { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>How far back enrollment failures count as "recent".</summary>
    public TimeSpan FailureLookback { get; set; } = TimeSpan.FromDays(14);

    /// <summary>Object id of the user who owns bridge meetings (needs an application access policy).</summary>
    public string? MeetingOrganizerId { get; set; }

    public LocalDirectoryOptions Local { get; set; } = new();

    public bool HasGraphCredentials =>
        !string.IsNullOrWhiteSpace(ClientSecret)
        || !string.IsNullOrWhiteSpace(CertificatePath)
        || !string.IsNullOrWhiteSpace(ManagedIdentityClientId);

    public IReadOnlyList<string> EffectiveScopes => Scopes.Length > 0 ? Scopes : DefaultScopes;
}

/// <summary>A tier's team and channel (by id, or by display name resolved through Graph) and the groups that authorize it.</summary>
public sealed class TierOptions
{
    public int Tier { get; set; }

    /// <summary>The team's Entra group id.</summary>
    public string TeamId { get; set; } = "";

    public string? ChannelId { get; set; }

    public string? ChannelName { get; set; }

    /// <summary>Members of the tier; when empty the team's own group is the tier.</summary>
    public string? GroupId { get; set; }

    public string? LeadGroupId { get; set; }

    public string MemberGroupId => string.IsNullOrWhiteSpace(GroupId) ? TeamId : GroupId;
}
